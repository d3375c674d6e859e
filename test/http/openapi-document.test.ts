import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenApiDocument, Parameter } from "../support/openapi-conformance.ts";
import { startTestApp, type TestApp } from "../support/test-app.ts";

let t: TestApp;
let doc: OpenApiDocument;
beforeAll(async () => {
  t = await startTestApp();
  doc = (await (await t.call("GET", "/api/openapi.json")).json()) as OpenApiDocument;
});
afterAll(() => t.close());

const parameter = (path: string, method: string, name: string): Parameter | undefined =>
  doc.paths[path]?.[method]?.parameters.find((p) => p.name === name);

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1 and every $ref resolves to a named schema under components/schemas", async () => {
    const result = await new Validator().validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toBe("3.1.0");
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1] as string);
    expect(refs.length).toBeGreaterThan(5);
    for (const ref of refs) {
      expect(ref).toMatch(/^#\/components\/schemas\/[A-Za-z]+$/);
      expect(doc.components.schemas[ref.split("/").pop() as string], ref).toBeDefined();
    }
  });

  it("documents every route of the table, with who may call it", () => {
    for (const r of t.routes) {
      const operation = doc.paths[r.path.replace(/:([A-Za-z]+)/g, "{$1}")]?.[r.method];
      expect(operation, `${r.method} ${r.path}`).toBeDefined();
      expect(operation?.["x-access"]).toEqual(r.access);
    }
  });

  it("gives every JSON answer of every route a schema", () => {
    const bare: string[] = [];
    for (const [path, methods] of Object.entries(doc.paths))
      for (const [method, operation] of Object.entries(methods))
        for (const [status, response] of Object.entries(operation.responses)) {
          const json = response.content?.["application/json"];
          // A 304 has no body by definition (RFC 9110 §15.4.5).
          if (status === "304") expect(response.content, `${method} ${path} 304`).toBeUndefined();
          else if (!response.content || (json && !json.schema)) bare.push(`${method} ${path} ${status}`);
        }
    expect(bare).toEqual([]);
  });

  it("documents the syntax and bounds of If-Match, Idempotency-Key and cycle", () => {
    const ifMatch = parameter("/api/assessments/{id}", "patch", "If-Match");
    expect(ifMatch).toMatchObject({ in: "header", required: true, schema: { pattern: expect.any(String) } });
    expect(new RegExp(ifMatch?.schema.pattern as string).test('"12"')).toBe(true);
    expect(new RegExp(ifMatch?.schema.pattern as string).test("twelve")).toBe(false);
    const key = parameter("/api/assessments/{id}/submit", "post", "Idempotency-Key");
    expect(key).toMatchObject({ in: "header", required: true, schema: { minLength: 1, maxLength: 128 } });
    expect(new RegExp(key?.schema.pattern as string).test("a b")).toBe(false);
    expect(parameter("/api/assessments", "get", "cycle")?.schema).toMatchObject({ minimum: 2000, maximum: 2100 });
    expect(parameter("/api/cohorts/{id}/stats", "get", "cycle")?.schema).toMatchObject({
      minimum: 2000,
      maximum: 2100,
    });
    expect(parameter("/api/exports/scores.csv", "get", "cycle")?.schema).toMatchObject({ minimum: 2000 });
    expect(doc.components.schemas.CreateAssessment?.properties).toMatchObject({
      cycle: { minimum: 2000, maximum: 2100 },
    });
  });

  it("documents 428 exactly where a precondition header is read, and 413/415 on every route with a body", () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const preconditioned = operation.parameters.some(
          (p) => p.in === "header" && ["If-Match", "Idempotency-Key"].includes(p.name),
        );
        expect(Object.keys(operation.responses).includes("428"), `${method} ${path}`).toBe(preconditioned);
        if (operation.requestBody) expect(Object.keys(operation.responses), `${method} ${path}`).toContain("415");
        if (operation.requestBody) expect(Object.keys(operation.responses), `${method} ${path}`).toContain("413");
      }
    }
  });
});
