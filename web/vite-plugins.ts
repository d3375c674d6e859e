import { readFileSync } from "node:fs";
import type { Plugin } from "vite";

const earlyScript = readFileSync(new URL("./early-requests.js", import.meta.url), "utf8");
export const EARLY_REQUESTS_PLACEHOLDER = "<!-- early-requests.js -->";

/**
 * Puts web/early-requests.js in index.html where the placeholder is (before the stylesheet, which would hold a
 * script back until it has loaded), as written: the Content-Security-Policy allows it by its hash. The script is
 * told the address of the instrument version to ask for.
 */
export function earlyRequests(instrumentPath: string | null): Plugin {
  const attribute = instrumentPath ? ` data-instrument="${instrumentPath}"` : "";
  return {
    name: "reengage-early-requests",
    transformIndexHtml(html) {
      if (!html.includes(EARLY_REQUESTS_PLACEHOLDER)) throw new Error(`index.html lacks ${EARLY_REQUESTS_PLACEHOLDER}`);
      return html.replace(EARLY_REQUESTS_PLACEHOLDER, `<script${attribute}>${earlyScript}</script>`);
    },
  };
}

/**
 * Asks V8 to compile every function of the entry chunk while it streams in, on a background thread (an explicit
 * compile hint, Chromium 136 and later; other browsers ignore the comment). Nearly all of the entry runs for the
 * first view, and compiling each function when first called held up the first render on the main thread. The
 * comment must open the file, so it is added after Vite has written its own first line.
 */
export function eagerEntry(): Plugin {
  return {
    name: "reengage-eager-entry",
    generateBundle: {
      order: "post",
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === "chunk" && chunk.isEntry) chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
        }
      },
    },
  };
}
