import fc from "fast-check";
import type { JsonSchema, OpenApiDocument } from "./openapi-conformance.ts";

/** Values worth trying for properties and record keys of these names (real ids, so requests get past validation). */
export type Hints = Record<string, readonly unknown[]>;

/** The value generated, and where an invalid part was put (undefined when none was). */
export interface Generated {
  value: unknown;
  /** The valid value before one part was broken. */
  base?: unknown;
  invalidAt?: string[];
}

const MAX_DEPTH = 6;

function resolve(schema: JsonSchema, doc: OpenApiDocument): JsonSchema {
  const ref = schema.$ref;
  if (typeof ref !== "string") return schema;
  return resolve(doc.components.schemas[ref.split("/").pop() as string] as JsonSchema, doc);
}

function types(schema: JsonSchema): string[] {
  const type = schema.type;
  return Array.isArray(type) ? (type as string[]) : typeof type === "string" ? [type] : [];
}

function stringArbitrary(schema: JsonSchema): fc.Arbitrary<string> {
  if (typeof schema.pattern === "string") return fc.stringMatching(new RegExp(schema.pattern));
  const minLength = (schema.minLength as number | undefined) ?? 0;
  const maxLength = Math.min((schema.maxLength as number | undefined) ?? 40, minLength + 40);
  return fc.string({ minLength, maxLength });
}

function numberArbitrary(schema: JsonSchema, integer: boolean): fc.Arbitrary<number> {
  const min = (schema.minimum as number | undefined) ?? -1000;
  const max = (schema.maximum as number | undefined) ?? 1000;
  return integer ? fc.integer({ min, max }) : fc.double({ min, max, noNaN: true, noDefaultInfinity: true });
}

function objectArbitrary(schema: JsonSchema, doc: OpenApiDocument, hints: Hints, depth: number) {
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const required = (schema.required ?? []) as string[];
  const additional = schema.additionalProperties;
  if (Object.keys(properties).length === 0 && typeof additional === "object") {
    const names = schema.propertyNames as JsonSchema | undefined;
    const key = names ? hinted("key", valid(names, doc, hints, depth + 1), hints) : fc.string({ maxLength: 10 });
    const value = valid(additional as JsonSchema, doc, hints, depth + 1);
    return fc.dictionary(key as fc.Arbitrary<string>, value, { maxKeys: 4 });
  }
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties))
    model[name] = hinted(name, valid(property, doc, hints, depth + 1), hints);
  return fc.record(model, { requiredKeys: required });
}

function hinted(name: string, arbitrary: fc.Arbitrary<unknown>, hints: Hints): fc.Arbitrary<unknown> {
  const known = hints[name];
  return known && known.length > 0
    ? fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...known) }, arbitrary)
    : arbitrary;
}

/** Values the schema accepts (as far as JSON Schema says: refinements zod adds are not in it). */
export function valid(schema: JsonSchema, doc: OpenApiDocument, hints: Hints = {}, depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema, doc);
  if ("const" in s) return fc.constant(s.const);
  if (Array.isArray(s.enum)) return fc.constantFrom(...(s.enum as unknown[]));
  const options = (s.anyOf ?? s.oneOf) as JsonSchema[] | undefined;
  if (options) return fc.oneof(...options.map((o) => valid(o, doc, hints, depth)));
  const arbitraries = types(s).map((type) => {
    if (type === "null") return fc.constant(null);
    if (type === "boolean") return fc.boolean();
    if (type === "string") return stringArbitrary(s);
    if (type === "integer" || type === "number") return numberArbitrary(s, type === "integer");
    if (type === "array" && depth < MAX_DEPTH) {
      const items = valid((s.items ?? {}) as JsonSchema, doc, hints, depth + 1);
      return fc.array(items, {
        minLength: (s.minItems as number) ?? 0,
        maxLength: Math.min((s.maxItems as number) ?? 3, 3),
      });
    }
    if (type === "object" && depth < MAX_DEPTH) return objectArbitrary(s, doc, hints, depth);
    return fc.constant(null);
  });
  return arbitraries.length === 0 ? fc.jsonValue({ maxDepth: 1 }) : fc.oneof(...arbitraries);
}

/** Values that break a schema wherever they are put: wrong types, out-of-range numbers, overlong or control text. */
const breakers: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    null,
    true,
    -1,
    1e12,
    2.5,
    "",
    "\u0000",
    "\ud800",
    [],
    {},
    JSON.parse('{"__proto__":1}'),
    "x".repeat(3000),
  ),
  fc.string({ maxLength: 4 }),
  fc.integer(),
);

/** The paths of every property of a JSON value, the root first. */
function pathsOf(value: unknown, path: string[] = []): string[][] {
  if (typeof value !== "object" || value === null) return [path];
  const children = Object.entries(value).flatMap(([key, v]) => pathsOf(v, [...path, key]));
  return [path, ...children];
}

function replacedAt(value: unknown, path: string[], replacement: unknown | undefined, remove: boolean): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...(value as object) };
  if (rest.length === 0 && remove) delete copy[head];
  else copy[head] = replacedAt(copy[head], rest, replacement, remove);
  return copy;
}

function at(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>((v, key) => (v as Record<string, unknown> | undefined)?.[key], value);
}

const isObject = (v: unknown) => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * A valid value with one part broken: a property replaced by a breaker, removed, or an unknown one added.
 * `invalidAt` says where; the part may still happen to be acceptable (e.g. null where null is allowed).
 */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<Generated> {
  return base.chain((value) =>
    fc
      .record({
        path: fc.constantFrom(...pathsOf(value)),
        how: fc.constantFrom("replace", "remove", "add"),
        with: breakers,
      })
      .map(
        ({ path, how, with: replacement }): Generated => ({ ...broken(value, path, how, replacement), base: value }),
      ),
  );
}

function broken(value: unknown, path: string[], how: string, replacement: unknown): Generated {
  if (how === "add") {
    const container = isObject(at(value, path)) ? path : path.slice(0, -1);
    const target = [...container, "unexpected-key"];
    if (isObject(at(value, container)))
      return { value: replacedAt(value, target, replacement, false), invalidAt: target };
  }
  if (how === "remove" && path.length > 0) return { value: replacedAt(value, path, undefined, true), invalidAt: path };
  return { value: replacedAt(value, path, replacement, false), invalidAt: path };
}
