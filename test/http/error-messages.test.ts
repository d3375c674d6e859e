import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { findInstrument } from "../../functions/core/instrument/catalogue.ts";
import { parseCapacity } from "../../functions/core/recommendations/capacity-input.ts";
import { validateChanges } from "../../functions/core/validate-changes.ts";
import { frenchMessage, frenchReason } from "../../functions/http/error-messages-fr.ts";

const root = resolve(import.meta.dirname, "../../functions");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return e.name.endsWith(".ts") ? [path] : [];
  });
}

/** A string literal's text with every `${…}` replaced by a sample value. */
const sample = (literal: string) => literal.replace(/\$\{[^}]*\}/g, "7");
const literal = String.raw`(["'\x60])((?:\\.|(?!\1).)*?)\1`;

/** Messages raised as errors anywhere in functions/ (domain errors, HTTP errors, direct error responses). */
function raisedMessages(text: string): string[] {
  const found: string[] = [];
  const errorCall = new RegExp(
    String.raw`new (?:HttpError|ConflictError|UnprocessableError|DomainError)\(\s*(?:\d+,\s*)?"[a-z_]+",\s*${literal}`,
    "gs",
  );
  for (const m of text.matchAll(errorCall)) found.push(sample(m[2] as string));
  for (const m of text.matchAll(new RegExp(String.raw`new NotFoundError\(\s*${literal}`, "g")))
    found.push(`${sample(m[2] as string)} not found`);
  for (const m of text.matchAll(new RegExp(String.raw`errorResponse\(\s*c,\s*\d+,\s*"[a-z_]+",\s*${literal}`, "g")))
    found.push(sample(m[2] as string));
  for (const m of text.matchAll(new RegExp(String.raw`super\(\s*"[a-zA-Z_]+",\s*${literal}`, "g")))
    found.push(sample(m[2] as string));
  return found;
}

/** Reasons given after `field: ` or as zod refinement messages (log lines excepted). */
function reasons(text: string): string[] {
  const code = text.split("\n").filter((line) => !line.includes("console."));
  return [...code.join("\n").matchAll(new RegExp(String.raw`message:\s*${literal}`, "g"))].map((m) =>
    sample(m[2] as string),
  );
}

/** Whether a message has words of its own (`${field}: ${reason}` only relays others, checked where they are made). */
const hasWords = (message: string) => /\p{L}{2}/u.test(message);

// Matched on the path inside functions/, so where the repository is checked out does not matter.
const files = sources(root).filter(
  (f) => !/^(core\/statistics|core\/instrument)\/|^config\.ts$|^local|^runtime\.ts$/.test(relative(root, f)),
);

describe("every error message has its French", () => {
  it("finds the messages", () => {
    const all = files.flatMap((f) => raisedMessages(readFileSync(f, "utf8")));
    expect(all).toContain("A valid bearer token is required");
    expect(all.length).toBeGreaterThan(15);
  });

  it.each(files.map((f) => [relative(root, f), f]))("%s", (_name, file) => {
    const text = readFileSync(file, "utf8");
    const untranslated = [
      ...raisedMessages(text).filter((m) => hasWords(m) && frenchMessage(m) === undefined),
      ...reasons(text).filter((r) => frenchReason(r) === undefined && frenchMessage(r) === undefined),
    ];
    expect(untranslated).toEqual([]);
  });

  it("keeps the field and translates the reason", () => {
    expect(frenchMessage("country: not a UN member state")).toBe("country : n’est pas un État Membre de l’ONU");
    expect(frenchMessage("answers.x: unknown option(s): a, b")).toBe("answers.x : option(s) inconnue(s) : a, b");
    expect(frenchMessage("country: something new")).toBeUndefined();
    expect(frenchMessage("Something new")).toBeUndefined();
    expect(frenchMessage("widget not found")).toBe("Introuvable : widget");
  });
});

describe("method 1.1 problems built outside error calls have their French", () => {
  it("na refused, never allowed or not under this profile", () => {
    const instrument = findInstrument("un-peace-ops-readiness", "2026.1");
    if (!instrument) throw new Error("2026.1 is served");
    const na = { level: "na" as const, reason: "not for us" };
    const problems = validateChanges(
      instrument,
      { answers: { "pdt-certification": na, "civilian-rosters": na } },
      { profile: { "contribution-type": ["civilian-experts"] } },
    );
    expect(problems.map((p) => p.field).sort()).toEqual(["answers.civilian-rosters", "answers.pdt-certification"]);
    for (const p of problems)
      expect(frenchMessage(`${p.field}: ${p.message}`)).toMatch(/^answers\.[a-z-]+ : na n’est pas/);
  });

  it("every capacity problem", () => {
    const texts = ["soon:3", "0-6:3,0-6:4", "0-6:-1", "0-6:3", "0-6:3,6-18:6,18-36:601"];
    const problems = texts.map((t) => parseCapacity(t)).flatMap((r) => ("problem" in r ? [r.problem] : []));
    expect(problems).toHaveLength(texts.length);
    for (const p of problems) expect(frenchMessage(`capacity: ${p}`)).toMatch(/^capacity : \S/);
  });
});
