import { fileURLToPath } from "node:url";
import preact from "@preact/preset-vite";
import { defineConfig } from "vite";
import { listInstruments } from "../functions/core/instrument/catalogue.ts";

const root = fileURLToPath(new URL(".", import.meta.url));
const api = process.env.API_ORIGIN ?? "http://localhost:3000";
// The version new assessments get (newest first), which the questionnaire fetches early (web/src/state/instruments.ts).
const newest = listInstruments()[0];

export default defineConfig({
  root,
  plugins: [preact()],
  define: { __NEWEST_INSTRUMENT__: JSON.stringify(newest ? { id: newest.id, version: newest.version } : null) },
  build: {
    outDir: fileURLToPath(new URL("./dist", import.meta.url)),
    emptyOutDir: true,
    manifest: true,
    target: "es2022",
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
  },
  server: { proxy: { "/api": api, "/config.json": api, "/.well-known": api } },
});
