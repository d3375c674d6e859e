import { existsSync, readdirSync, statSync } from "node:fs";
import { Level } from "level";

/** Why the local server will not start on a data folder; the message names the folder and the cause. */
export class DataFolderError extends Error {}

/**
 * Checks the embedded store's folder before dynalite opens it, so a problem stops the server with a clear message
 * instead of a later failure, and nothing repairs, recreates or overwrites it:
 * - missing or empty: a new store is made there;
 * - a LevelDB store (it has CURRENT): opened once to prove it reads; a folder left by a killed process opens,
 *   since the lock died with the process and LevelDB replays its write-ahead log;
 * - anything else (a file, or a folder with other content): refused, untouched.
 */
export async function checkDataFolder(path: string): Promise<void> {
  if (!existsSync(path)) return;
  if (!statSync(path).isDirectory())
    throw new DataFolderError(`${path} is not a folder; refusing to use it as the store`);
  const entries = readdirSync(path);
  if (entries.length === 0) return;
  if (!entries.includes("CURRENT")) {
    throw new DataFolderError(
      `${path} is not a Reengage store (no LevelDB CURRENT file among ${entries.length} entries); it was left as it is`,
    );
  }
  const db = new Level(path, { createIfMissing: false });
  try {
    await db.open();
  } catch (error) {
    const cause = (error as { cause?: Error }).cause?.message ?? (error as Error).message;
    throw new DataFolderError(
      `The store in ${path} cannot be opened: ${cause}. It was left as it is; restore a backup or move it aside`,
    );
  } finally {
    await db.close().catch(() => undefined);
  }
}
