import { describe, expect, it } from "vitest";
import { identifyLanguage } from "./language-identification";

describe("identifyLanguage", () => {
  it("tells the desk's four languages apart in one sentence", () => {
    expect(identifyLanguage("Around 12 million people fled their homes, the United Nations said on Tuesday.")).toBe("en");
    expect(identifyLanguage("Près de 12 millions de personnes ont fui leurs maisons, selon les Nations unies.")).toBe("fr");
    expect(identifyLanguage("Unas 4.500 personas huyeron de la ciudad, según las Naciones Unidas.")).toBe("es");
    expect(identifyLanguage("نزح نحو ١٢ مليون شخص من منازلهم بحسب الأمم المتحدة")).toBe("ar");
  });

  it("reads short texts when they hold a few function words", () => {
    expect(identifyLanguage("Les combattants ont quitté la ville.")).toBe("fr");
    expect(identifyLanguage("Los combatientes dejaron la ciudad.")).toBe("es");
    expect(identifyLanguage("ISIS lost 12 percent of its territory")).toBe("en");
    expect(identifyLanguage("قتل ٤٠ مقاتلا")).toBe("ar");
  });

  it("answers null for texts too short or without function words to tell", () => {
    expect(identifyLanguage("")).toBeNull();
    expect(identifyLanguage("ISIS 2016")).toBeNull();
    expect(identifyLanguage("12,000 — 45% — 2017")).toBeNull();
    expect(identifyLanguage("Raqqa population fell")).toBeNull();
    expect(identifyLanguage("Mosul Raqqa Aleppo Deir ez-Zor")).toBeNull();
  });

  it("answers null for another language rather than the nearest of ours", () => {
    expect(identifyLanguage("Circa 12 milioni di persone sono fuggite dalle loro case, secondo le Nazioni Unite.")).toBeNull();
    expect(identifyLanguage("Rund 12 Millionen Menschen sind nach Angaben der Vereinten Nationen aus ihren Häusern geflohen.")).toBeNull();
    expect(identifyLanguage("Cerca de 12 milhões de pessoas fugiram das suas casas, segundo as Nações Unidas, e não voltaram.")).toBeNull();
    expect(identifyLanguage("Около 12 миллионов человек бежали из своих домов, заявили в ООН во вторник.")).toBeNull();
  });

  it("answers null for a text mixed half and half, and takes the majority of a text that quotes another", () => {
    const en = "The fighters left the city and the army took it after a long battle.";
    const fr = "Les combattants ont quitté la ville et l'armée l'a prise après une longue bataille.";
    expect(identifyLanguage(`${en} ${fr}`)).toBeNull();
    expect(identifyLanguage(`${en} ${en} ${en} The sign read « les combattants ont quitté la ville ».`)).toBe("en");
    expect(identifyLanguage(`${fr} ${fr} Le porte-parole a cité « the fighters left the city ».`)).toBe("fr");
  });

  it("decides by script first: Arabic letters in the majority make it Arabic, Latin names and all", () => {
    expect(identifyLanguage("قال المرصد السوري إن تنظيم ISIS فقد السيطرة على مدينة Raqqa بعد معارك طويلة")).toBe("ar");
    expect(identifyLanguage("The sign read ديرالزور: 12 percent of the city was held by the fighters")).toBe("en");
    expect(identifyLanguage("قال المرصد السوري إن المدينة سقطت. The observatory said the city fell")).toBeNull();
  });

  it("reads only the opening of a long text", () => {
    const long = `${"Les combattants ont quitté la ville et les civils sont rentrés. ".repeat(100)}${"The fighters left. ".repeat(10_000)}`;
    expect(identifyLanguage(long)).toBe("fr");
  });
});
