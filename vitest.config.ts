import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    exclude: ["test/e2e/**", "test/conformance/**", "node_modules/**"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    env: { AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: "1", AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true" },
    coverage: {
      provider: "v8",
      include: ["functions/core/**/*.ts"],
      reporter: ["text-summary"],
      thresholds: { "functions/core/**": { lines: 100 } },
    },
  },
});
