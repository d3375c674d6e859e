/** The API docs page, served by the app itself so nothing is fetched from a CDN. */
export const docsHtml = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Reengage API</title><link rel="stylesheet" href="/api/docs/docs.css"></head>
<body><main id="docs"><h1>Reengage API</h1><p>Loading the OpenAPI document…</p></main>
<script type="module" src="/api/docs/docs.js"></script></body></html>`;

export const docsCss = `body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#1a1a1a;background:#fafafa}
main{max-width:70rem;margin:0 auto;padding:1.5rem}h2{border-bottom:1px solid #ccc;margin-top:2rem}
details{background:#fff;border:1px solid #ddd;border-radius:6px;margin:.5rem 0;padding:.5rem .8rem}
summary{cursor:pointer}code.m{display:inline-block;min-width:4.5rem;font-weight:700;text-transform:uppercase}
pre{background:#f3f3f3;padding:.6rem;overflow:auto;font-size:13px}.access{color:#5a3d8a;font-size:13px}`;

export const docsJs = `const el = (tag, text, cls) => { const e = document.createElement(tag); if (text) e.textContent = text; if (cls) e.className = cls; return e; };
const pre = (value) => el("pre", JSON.stringify(value, null, 2));
async function main() {
  const spec = await (await fetch("/api/openapi.json")).json();
  const root = document.getElementById("docs");
  root.replaceChildren(el("h1", spec.info.title + " " + spec.info.version), el("p", spec.info.description));
  const byTag = new Map();
  for (const [path, ops] of Object.entries(spec.paths)) for (const [method, op] of Object.entries(ops)) {
    const tag = op.tags[0]; if (!byTag.has(tag)) byTag.set(tag, []); byTag.get(tag).push({ path, method, op });
  }
  for (const [tag, ops] of byTag) {
    root.append(el("h2", tag));
    for (const { path, method, op } of ops) {
      const d = el("details"); const s = el("summary");
      s.append(el("code", method, "m"), el("code", path), document.createTextNode(" — " + op.summary));
      d.append(s, el("p", "Who may call: " + [].concat(op["x-access"]).join(", "), "access"));
      if (op.parameters.length) { d.append(el("h3", "Parameters"), pre(op.parameters)); }
      if (op.requestBody) { d.append(el("h3", "Request body"), pre(op.requestBody.content["application/json"].schema)); }
      d.append(el("h3", "Responses"), pre(op.responses));
      root.append(d);
    }
  }
}
main().catch((e) => { document.getElementById("docs").append(el("p", "Could not load the API description: " + e)); });
`;
