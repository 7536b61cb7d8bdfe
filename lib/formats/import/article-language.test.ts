// The language an imported article is stored with: what the page says, else what its text reads as, else none.
import { describe, expect, it } from "vitest";
import { prepareArticleFile } from "./article-file";

const FR = "Les combattants ont quitté la ville de Mossoul après une longue bataille, selon les Nations unies.";
const EN = "The fighters left the city of Mosul after a long battle, the United Nations said on Tuesday.";
const IT = "I combattenti hanno lasciato la città di Mosul dopo una lunga battaglia, secondo le Nazioni Unite.";

async function languageOf(name: string, text: string, metadata: { language?: string | null } = {}) {
  const paste = name === "Pasted";
  // A text file's first line is its title, which the cleaner takes out of the body.
  const file = name.endsWith(".txt") ? `Mosul\n\n${text}\n\n${text}` : text;
  const result = await prepareArticleFile({ name, bytes: new TextEncoder().encode(file) }, { maxBytes: 1 << 20 }, { title: "Mosul", ...metadata }, paste ? "paste" : undefined);
  if (!result.ok) throw new Error(result.reason);
  return result.article.language;
}

const html = (head: string, body: string, htmlAttributes = "") =>
  `<!doctype html><html${htmlAttributes}><head><title>Mossoul</title>${head}</head><body><article>${`<p>${body}</p>`.repeat(4)}</article></body></html>`;

describe("an imported article's language", () => {
  it("is identified from the text of a file that does not say", async () => {
    expect(await languageOf("a.txt", FR)).toBe("fr");
    expect(await languageOf("a.md", `# Mosul\n\n${EN}\n\n${EN}`)).toBe("en");
    expect(await languageOf("a.html", html("", FR))).toBe("fr");
  });

  it("is stored as unknown when the text is in another language or too short, and the article is still imported", async () => {
    expect(await languageOf("a.txt", IT)).toBeNull();
    expect(await languageOf("a.txt", "Mosul, 2017")).toBeNull();
  });

  it("comes from the page when it says: html lang, then Content-Language, then og:locale, as a short code", async () => {
    expect(await languageOf("a.html", html("", EN, ' lang="es-ES"'))).toBe("es");
    expect(await languageOf("a.html", html('<meta http-equiv="Content-Language" content="fr-CA, en">', EN))).toBe("fr");
    expect(await languageOf("a.html", html('<meta property="og:locale" content="ar_SY">', EN))).toBe("ar");
    expect(await languageOf("a.md", `---\nlang: fr-FR\n---\n\n# Mosul\n\n${EN}\n\n${EN}`)).toBe("fr");
  });

  it("passes over a value the page states wrongly and identifies the text instead", async () => {
    expect(await languageOf("a.html", html("", FR, ' lang="French"'))).toBe("fr");
  });

  it("takes what the person importing typed over the page and the text", async () => {
    expect(await languageOf("Pasted", FR, { language: "es" })).toBe("es");
    expect(await languageOf("Pasted", FR, { language: null })).toBeNull();
  });
});
