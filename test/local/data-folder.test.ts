import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDataFolder, DataFolderError } from "../../functions/local/data-folder.ts";
import { ensureTable, startEmbeddedDynamo } from "../../functions/local/embedded-dynamo.ts";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "reengage-folder-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Every file's name and content hash, LevelDB's own info log aside (it rotates on any open attempt). */
async function fingerprint(path: string): Promise<Record<string, string>> {
  const names = (await readdir(path)).filter((n) => !n.startsWith("LOG")).sort();
  const hashes = await Promise.all(
    names.map(async (n) =>
      createHash("sha256")
        .update(await readFile(join(path, n)))
        .digest("hex"),
    ),
  );
  return Object.fromEntries(names.map((n, i) => [n, hashes[i] as string]));
}

/** A real store made by the embedded dynalite, closed cleanly. */
async function madeStore(name: string): Promise<string> {
  const embedded = await startEmbeddedDynamo(join(dir, name));
  await ensureTable(embedded.connection, "local", "reengage");
  await embedded.close();
  return join(dir, name, "dynamodb");
}

describe("the data folder check", () => {
  it("accepts a missing or empty folder (a new store) and a store made before", async () => {
    await expect(checkDataFolder(join(dir, "missing"))).resolves.toBeUndefined();
    await mkdir(join(dir, "empty"));
    await expect(checkDataFolder(join(dir, "empty"))).resolves.toBeUndefined();
    await expect(checkDataFolder(await madeStore("good"))).resolves.toBeUndefined();
  });

  it("refuses a folder that is not a store, naming it, and leaves it exactly as it was", async () => {
    const path = join(dir, "notes");
    await mkdir(path);
    await writeFile(join(path, "notes.txt"), "my notes");
    await expect(checkDataFolder(path)).rejects.toThrow(new RegExp(`${path} is not a Reengage store`));
    expect(await readdir(path)).toEqual(["notes.txt"]);
    await writeFile(join(dir, "a-file"), "x");
    await expect(checkDataFolder(join(dir, "a-file"))).rejects.toBeInstanceOf(DataFolderError);
  });

  it("refuses a corrupt store, naming the folder and the cause, without changing its data files", async () => {
    const path = await madeStore("corrupt");
    const manifest = (await readdir(path)).find((n) => n.startsWith("MANIFEST-")) as string;
    await writeFile(join(path, manifest), "not a manifest at all");
    const before = await fingerprint(path);
    await expect(checkDataFolder(path)).rejects.toThrow(
      new RegExp(`The store in ${path} cannot be opened: Corruption`),
    );
    await expect(startEmbeddedDynamo(join(dir, "corrupt"))).rejects.toBeInstanceOf(DataFolderError);
    expect(await fingerprint(path)).toEqual(before);
  });
});
