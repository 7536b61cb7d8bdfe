// The social card of a published fact-check (card.png, og:image): 1200×630, drawn on the server as an SVG
// and rasterised by @resvg/resvg-js with the fonts already in node_modules (Noto Sans, Vazirmatn), so it
// works offline. Why not next/og: satori draws each Arabic word shaped but lays the words of a right-to-
// left line out left to right (tried: "قال وزير الصحة" came out word-reversed), so Arabic claims would read
// backwards. Words are laid out by ./card-text.ts and drawn one <text> each; resvg shapes every word
// (rustybuzz), so letters join, and right-to-left words read right to left.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { create } from "fontkit";
import { escapeHtml } from "@/lib/formats/html";
import { placeLine, textDirection, wrapWords, measure, type CardFonts, type Direction, type PlacedWord } from "./card-text";
import { textColourOn } from "./public-text";

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONT_FILES = {
  latin: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  arabic: "@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf",
} as const;

interface LoadedFonts {
  fonts: CardFonts;
  files: string[];
}

let loaded: LoadedFonts | null = null;

// Read from the project's node_modules at run time, like the PDF report's fonts (lib/formats/pdf-fonts.ts):
// the production build bundles this file, and the fonts are data, not code.
function cardFonts(): LoadedFonts {
  if (loaded) return loaded;
  const file = (name: string) => path.join(process.cwd(), "node_modules", name);
  const face = (name: string) => {
    const font = create(readFileSync(file(name)));
    return { family: font.familyName, font };
  };
  loaded = { fonts: { latin: face(FONT_FILES.latin), arabic: face(FONT_FILES.arabic) }, files: [file(FONT_FILES.latin), file(FONT_FILES.arabic)] };
  return loaded;
}

export interface CardInput {
  statement: string;
  direction: Direction;
  ratingLabel: string;
  ratingColour: string;
  publisher: string;
}

const MARGIN = 72;

function words(placed: PlacedWord[], y: number, size: number, fill: string): string {
  return placed
    .map((w) => `<text x="${w.x.toFixed(1)}" y="${y}" font-family="${escapeHtml(w.family)}" font-weight="700" font-size="${size}" fill="${fill}"${w.rtl ? ' direction="rtl"' : ""}>${escapeHtml(w.text)}</text>`)
    .join("");
}

/** One line of text (the publisher, the rating), cut with an ellipsis when it is too wide. */
function singleLine(text: string, fonts: CardFonts, size: number, left: number, right: number, y: number, fill: string, align?: Direction): string {
  const [line = []] = wrapWords(text, fonts, size, right - left, 1);
  return words(placeLine(line, align ?? textDirection(text), size, fonts, left, right), y, size, fill);
}

export function cardSvg({ statement, direction, ratingLabel, ratingColour, publisher }: CardInput): string {
  const { fonts } = cardFonts();
  const [left, right] = [MARGIN, CARD_WIDTH - MARGIN];
  // Fewer, larger lines for a short claim; the longest get five lines at 44px.
  const size = statement.length > 160 ? 44 : statement.length > 90 ? 52 : 60;
  const lineHeight = Math.round(size * 1.3);
  const lines = wrapWords(statement, fonts, size, right - left, size === 44 ? 5 : 4);
  const top = 200;
  const claim = lines.map((line, i) => words(placeLine(line, direction, size, fonts, left, right), top + i * lineHeight, size, "#111827")).join("");

  const badgeSize = 40;
  const badgeText = wrapWords(ratingLabel, fonts, badgeSize, 560, 1)[0] ?? [];
  const badgeWidth = badgeText.reduce((sum, w) => sum + w.width, 0) + measure(" ", fonts.latin, badgeSize) * Math.max(0, badgeText.length - 1) + 64;
  const badgeX = direction === "rtl" ? right - badgeWidth : left;
  const badgeY = CARD_HEIGHT - MARGIN - 80;
  const badge = `<rect x="${badgeX.toFixed(1)}" y="${badgeY}" width="${badgeWidth.toFixed(1)}" height="80" rx="40" fill="${ratingColour}"/>${words(placeLine(badgeText, textDirection(ratingLabel), badgeSize, fonts, badgeX + 32, badgeX + badgeWidth - 32), badgeY + 54, badgeSize, textColourOn(ratingColour))}`;
  const ratingCaption = singleLine("RATING", fonts, 22, left, right, badgeY - 16, "#4b5563", direction);

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}">`
    + `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/><rect width="${CARD_WIDTH}" height="18" fill="${ratingColour}"/>`
    + `<rect y="${CARD_HEIGHT - 10}" width="${CARD_WIDTH}" height="10" fill="#111827"/>`
    + singleLine(`${publisher.toUpperCase()} · FACT-CHECK`, fonts, 26, left, right, 100, "#b91c1c", direction)
    + claim + ratingCaption + badge + `</svg>`;
}

/** The card as PNG bytes. */
export function renderSocialCard(input: CardInput): Uint8Array {
  const { files, fonts } = cardFonts();
  const resvg = new Resvg(cardSvg(input), { font: { loadSystemFonts: false, fontFiles: files, defaultFontFamily: fonts.latin.family }, fitTo: { mode: "original" } });
  return resvg.render().asPng();
}
