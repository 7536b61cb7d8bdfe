import { describe, expect, it } from "vitest";
import { languageName, readLanguageTag, searchConfigOf, statedLanguage } from "./languages";

describe("readLanguageTag", () => {
  it("keeps the primary language of a tag, however it is cased or written", () => {
    expect(readLanguageTag("fr-FR")).toEqual({ ok: true, code: "fr" });
    expect(readLanguageTag(" EN-us ")).toEqual({ ok: true, code: "en" });
    expect(readLanguageTag("es_419")).toEqual({ ok: true, code: "es" });
    expect(readLanguageTag("ar")).toEqual({ ok: true, code: "ar" });
    expect(readLanguageTag("zh-Hant-TW")).toEqual({ ok: true, code: "zh" });
    expect(readLanguageTag("ckb")).toEqual({ ok: true, code: "ckb" });
  });

  it("reads tags that name no language as unknown", () => {
    for (const tag of ["und", "mul", "zxx", "x-klingon", ""]) expect(readLanguageTag(tag)).toEqual({ ok: true, code: null });
  });

  it("refuses what is not a language tag", () => {
    for (const tag of ["French", "f", "en--GB", "12", "fr FR", "english"]) expect(readLanguageTag(tag), tag).toEqual({ ok: false });
  });
});

describe("statedLanguage", () => {
  it("takes the first usable code a page states, skipping junk and lists", () => {
    expect(statedLanguage(undefined, "  ", "en, fr", "de")).toBe("en");
    expect(statedLanguage("not a tag", "fr_FR")).toBe("fr");
    expect(statedLanguage("und", null)).toBeNull();
  });
});

describe("searchConfigOf", () => {
  it("searches the desk's languages in their own configuration and every other with simple", () => {
    expect(["en", "fr", "es", "ar", "de", null].map(searchConfigOf)).toEqual(["english", "french", "spanish", "arabic", "simple", "simple"]);
  });
});

describe("languageName", () => {
  it("names a code in English with the code beside it", () => {
    expect(languageName("fr")).toBe("French (fr)");
    expect(languageName("qq")).toBe("qq");
  });
});
