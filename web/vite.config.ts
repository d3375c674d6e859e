import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { listInstruments } from "../functions/core/instrument/catalogue.ts";
import { instrumentPath } from "./src/api/paths.ts";
import { eagerEntry, earlyRequests } from "./vite-plugins.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.API_ORIGIN ?? "http://localhost:3000";
// The version new assessments get (newest first), which the questionnaire fetches early (web/src/state/instruments.ts).
const newest = listInstruments()[0];

export default defineConfig({
  root,
  plugins: [preact(), earlyRequests(newest ? instrumentPath(newest.id, newest.version) : null), eagerEntry()],
  define: { __NEWEST_INSTRUMENT__: JSON.stringify(newest ? { id: newest.id, version: newest.version } : null) },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Everything the first view needs in one file (the entry): one request, not three, before it can start.
        codeSplitting: { groups: [{ name: "app", tags: ["$initial"] }] },
      },
    },
  },
  server: { proxy: { "/api": api, "/config.json": api, "/.well-known": api } },
});
