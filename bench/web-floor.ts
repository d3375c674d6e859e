import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findInstrument } from "../functions/core/instrument/catalogue.ts";

const html = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The floor for the questionnaire's timings: one static HTML page with the same indicators as radio groups (four
 * anchored levels, not applicable, don't know), the same question texts, the app's own stylesheet and no script.
 */
export function floorPage(cssHref: string): string {
  const instrument = findInstrument("un-peace-ops-readiness", "2026.1");
  if (!instrument) throw new Error("instrument 2026.1 missing");
  const groups = instrument.dimensions.flatMap((d) =>
    d.indicators.map((i) => {
      const levels = i.levels.map(
        (l, n) =>
          `<label class="choice level"><input type="radio" name="${i.id}" value="${n}"> Level ${n} ${html(l.en)}</label>`,
      );
      const other = ["na", "unknown"].map(
        (v) =>
          `<label class="choice other"><input type="radio" name="${i.id}" value="${v}"> ${v === "na" ? "Not applicable" : "Don't know"}</label>`,
      );
      return `<fieldset class="indicator" id="ind-${i.id}"><legend><span class="ind-title">${html(i.title.en)}</span> <span class="ind-question">${html(i.question.en)}</span></legend><div class="choices">${[...levels, ...other].join("")}</div></fieldset>`;
    }),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor: ${groups.length} radio groups</title><link rel="stylesheet" href="${cssHref}"></head><body><main><h1>Assessment</h1><form>${groups.join("")}</form></main></body></html>`;
}

/** Writes the floor page into the build folder (served by the same server, compressed the same way); returns a remover. */
export function writeFloorPage(dist: string, cssHref: string): { path: string; remove: () => void } {
  const file = join(dist, "bench-floor.html");
  writeFileSync(file, floorPage(cssHref));
  return { path: "/bench-floor.html", remove: () => rmSync(file, { force: true }) };
}
