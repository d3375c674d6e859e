import { join } from "node:path";

/**
 * How the API function is bundled, shared by the CDK construct and `npm run bench` so the bench measures the asset
 * that ships.
 *
 * The AWS SDK is bundled (its version pinned by package-lock.json, tree-shaken and minified with the handler): this
 * loaded in about 130 ms against about 235 ms for the same handler requiring the runtime's SDK, measured alternately
 * on one machine. Its default credential chain is swapped for the environment provider alone: Lambda hands the role's
 * credentials to the process in environment variables, and the rest of the chain is about 130 KB of minified code.
 */
export function sdkCredentialsAlias(projectRoot: string): Record<string, string> {
  return { "@aws-sdk/credential-provider-node": join(projectRoot, "functions", "lambda-credentials.ts") };
}
