import { defineConfig } from "vitest/config";

/** Browser tests: build the web app, start the local server once, drive Debian's Chromium with playwright-core. */
export default defineConfig({
  test: {
    include: ["test/e2e/**/*.test.ts"],
    globalSetup: ["test/e2e/support/global-setup.ts"],
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    env: { AWS_SDK_JS_SUPPRESS_NODE_VERSION_WARNING: "1" },
  },
});
