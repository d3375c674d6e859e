import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localKeys } from "../../functions/local/local-keys.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "reengage-keys-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("the local key file", () => {
  it("is made once and reused, so tokens survive a restart", async () => {
    const first = await localKeys(join(dir, "a"));
    const second = await localKeys(join(dir, "a"));
    expect(second.jwks).toEqual(first.jwks);
  });

  it.each([
    ["not JSON", "{ oops"],
    ["JSON that is not a key", '{"hello":"world"}'],
    ["a key with a broken private part", '{"kty":"EC","crv":"P-256","x":"AA","y":"AA","d":"AA","kid":"k"}'],
  ])("stops with a message naming the file when it holds %s, and leaves it as it is", async (_case, content) => {
    const folder = await mkdtemp(join(dir, "bad-"));
    const path = join(folder, "jwt-signing-key.json");
    await writeFile(path, content);
    await expect(localKeys(folder)).rejects.toThrow(new RegExp(`The local signing key ${path} is unusable`));
    expect(await readFile(path, "utf8")).toBe(content);
  });
});
