/**
 * Stands in for `@aws-sdk/credential-provider-node` in the Lambda bundle (an esbuild alias; see
 * infra/lambda-bundling.ts). Lambda hands the function role's credentials to the process in environment variables,
 * so the SDK's full chain (SSO, INI files, web identity, container and instance metadata, each with its own STS or
 * SSO client) would only add about 130 KB of code to parse at every cold start.
 */
import { type FromEnvInit, fromEnv } from "@aws-sdk/credential-provider-env";

/** The one provider the SDK client asks for: credentials from `AWS_ACCESS_KEY_ID` and friends. */
export const defaultProvider = (init?: FromEnvInit) => fromEnv(init);
