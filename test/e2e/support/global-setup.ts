import type { TestProject } from "vitest/node";
import { buildWebIfNeeded, type LocalServer, startLocalServer } from "./server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

let server: LocalServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  buildWebIfNeeded();
  server = await startLocalServer();
  project.provide("baseUrl", server.baseUrl);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
