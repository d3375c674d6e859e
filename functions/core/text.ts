import * as z from "zod";

/** C0 controls (tab, LF and CR excepted), DEL and C1 controls: never meaningful in what a person types. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const controlInNotes = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
/** Single-line text refuses tab, LF and CR too. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
const controlInLine = /[\u0000-\u001F\u007F-\u009F]/;
/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why a text is refused, or undefined when it is acceptable. */
export function textProblem(text: string, multiline: boolean): string | undefined {
  if ((multiline ? controlInNotes : controlInLine).test(text)) return "control characters are not allowed";
  if (loneSurrogate.test(text)) return "not well-formed Unicode (lone surrogate)";
  return undefined;
}

function refusingBadText<T extends z.ZodString>(schema: T, multiline: boolean) {
  return schema.superRefine((text, ctx) => {
    const problem = textProblem(text, multiline);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });
}

/**
 * A string a person wrote on one line (names, subjects): no control characters, no lone surrogates. Stored text is
 * exported to CSV and printed, where such characters hide content or break the reader.
 */
export function lineText(schema: z.ZodString = z.string()) {
  return refusingBadText(schema, false);
}

/** Free text that may span lines (notes, reasons): tab, LF and CR are kept, other controls refused. */
export function noteText(schema: z.ZodString = z.string()) {
  return refusingBadText(schema, true);
}

const prototypeKeys = new Set(["__proto__", "constructor", "prototype"]);

/** A key for a JSON record that cannot reach an object's prototype when the record is copied. */
export function recordKey(schema: z.ZodString = z.string()) {
  return lineText(schema).refine((key) => !prototypeKeys.has(key), { message: "this key is reserved" });
}
