import { describe, expect, it } from "vitest";
import { isOtherLanguage, statementLanguage } from "./statement-language";

describe("statementLanguage", () => {
  it("tells a statement's language by its script, then its function words", () => {
    expect(statementLanguage("حكم التنظيم نحو ١٠ ملايين شخص")).toBe("ar");
    expect(statementLanguage("IS ruled 10 million people in 2014")).toBe("en");
    expect(statementLanguage("L'EI contrôlait 12 % du territoire à la mi-2016")).toBe("fr");
    expect(statementLanguage("El EI controlaba el 12 % del territorio")).toBe("es");
    expect(statementLanguage("12 million people")).toBe("latin");
    expect(statementLanguage("12 000 000")).toBeNull();
  });

  it("calls two statements of other languages only when each is known", () => {
    expect(isOtherLanguage("ar", "latin")).toBe(true);
    expect(isOtherLanguage("en", "fr")).toBe(true);
    expect(isOtherLanguage("en", "latin")).toBe(false);
    expect(isOtherLanguage("en", "en")).toBe(false);
    expect(isOtherLanguage(null, "ar")).toBe(false);
  });
});
