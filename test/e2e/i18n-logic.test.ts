import { afterEach, describe, expect, it, vi } from "vitest";
import { formatNumber, lt, m, setLocale } from "../../web/src/i18n/index.ts";
import { messagesEn } from "../../web/src/i18n/messages-en.ts";
import { browserLocale, chooseLocale, preferredLocale } from "../../web/src/i18n/preference.ts";

/** Pure checks of the language logic (no browser): catalogue switch, formatting, and which language a user gets. */
function fakeStorage() {
  const data = new Map<string, string>();
  return {
    getItem: (k: string) => data.get(k) ?? null,
    setItem: (k: string, v: string) => void data.set(k, v),
    removeItem: (k: string) => void data.delete(k),
    data,
  };
}

const session = (subject: string) => ({
  mode: "local" as const,
  token: "x.e30.y",
  expiresAt: 0,
  role: "official" as const,
  country: "CAN",
  subject,
});

afterEach(async () => {
  vi.unstubAllGlobals();
  await setLocale("en");
});

describe("language", () => {
  it("switches the catalogue, instrument texts and number formats", async () => {
    await setLocale("fr");
    expect(m.signIn.title).toBe("Connexion");
    expect(lt({ en: "Level", fr: "Niveau" })).toBe("Niveau");
    expect(lt({ en: "Only English" })).toBe("Only English");
    expect(formatNumber(62.5, 1)).toBe("62,5");
    await setLocale("en");
    expect(m).toBe(messagesEn);
    expect(formatNumber(62.5, 1)).toBe("62.5");
    expect(formatNumber(null)).toBe("—");
  });

  it("takes the browser's language when nothing was chosen", () => {
    expect(browserLocale(["fr-CA", "en"])).toBe("fr");
    expect(browserLocale(["de-DE", "en-GB", "fr"])).toBe("en");
    expect(browserLocale(["de-DE"])).toBe("en");
    vi.stubGlobal("localStorage", fakeStorage());
    vi.stubGlobal("navigator", { languages: ["fr-FR"], language: "fr-FR" });
    expect(preferredLocale(null)).toBe("fr");
  });

  it("remembers the choice per user, over the device's last choice", async () => {
    const storage = fakeStorage();
    vi.stubGlobal("localStorage", storage);
    vi.stubGlobal("navigator", { languages: ["en-US"], language: "en-US" });
    await chooseLocale("fr"); // on the sign-in page: this device
    expect(preferredLocale(null)).toBe("fr");
    expect(preferredLocale(session("new-user"))).toBe("fr");
    storage.setItem("reengage.lang.alice", "en");
    expect(preferredLocale(session("alice"))).toBe("en");
    expect(storage.data.get("reengage.lang")).toBe("fr");
  });
});
