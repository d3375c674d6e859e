// Inlined into index.html by the build (web/vite-plugins.ts); the site's Content-Security-Policy allows it
// by its SHA-256 (functions/contract/deployment-contract.ts), so any change needs the new hash there.
// When the address opens a questionnaire and a signed-in official or administrator is remembered, the
// questionnaire's data is asked for while the app's code is still loading; the app then takes these responses
// (web/src/api/early.ts) rather than asking again. Plain JavaScript: it runs as written.
(() => {
  try {
    const session = JSON.parse(localStorage.getItem("reengage.session") || "null");
    const [head, id, sub] = location.hash.replace(/^#\/?/, "").split("?")[0].split("/");
    if (!session || (session.role !== "official" && session.role !== "admin")) return;
    if (head !== "a" || !id || (sub && sub !== "q")) return;
    // The app renews a token this close to its expiry before using it.
    if (session.expiresAt - Date.now() < 60_000) return;
    // Error messages come in this language; the app uses one only when it is its own (successes carry no text).
    const chosen = localStorage.getItem("reengage.lang");
    const lang = chosen === "en" || chosen === "fr" ? chosen : /^fr\b/i.test(navigator.language) ? "fr" : "en";
    const accept = { Accept: "application/json", "Accept-Language": lang };
    const signed = { ...accept, Authorization: `Bearer ${session.token}` };
    const get = (path, headers, cache) => fetch(path, { headers, cache }).catch(() => null);
    const assessment = `/api/assessments/${encodeURIComponent(decodeURIComponent(id))}`;
    const responses = {
      [assessment]: get(assessment, signed, "no-store"),
      [`${assessment}/responses/mine`]: get(`${assessment}/responses/mine`, signed, "no-store"),
    };
    // The instrument version new assessments get, which most assessments being filled in use (set by the build).
    const instrument = document.currentScript?.dataset.instrument;
    if (instrument) responses[instrument] = get(instrument, accept, "default");
    window.__reengageEarly = { at: Date.now(), lang, responses };
  } catch {
    // Nothing was started: the app asks for its data itself.
  }
})();
