import { handle } from "hono/aws-lambda";
import { loadConfig } from "./config.ts";
import { buildRuntime } from "./runtime.ts";

// Read once per cold start: a bad deployment fails on the first invocation with a message naming the variable.
const config = loadConfig(process.env, "cognito");
const { app } = buildRuntime(config);

export const handler = handle(app);
