// The PDF report's fonts: Noto Sans for Latin, Greek and Cyrillic, with Vazirmatn as the fallback for
// Arabic (react-pdf picks, per character, the first family of the list that has it). Both are TrueType
// files from npm packages (dependencies, so npm installs them at the top of node_modules), read at run
// time from the project's node_modules: the tests, scripts, `next dev` and `next start` all run in the
// project folder (the Docker image too: WORKDIR /app). Not through require.resolve: the production build
// bundles this file, and Turbopack refuses a require.resolve whose argument it cannot see.
//
// Why Vazirmatn and not Noto Sans Arabic: Noto's Arabic letters are a dotless base glyph plus separate dot
// glyphs with no code points, and react-pdf 4.9 (textkit's glyph/string index mapping, fontkit's cached
// code points) loses base letters next to such marks ("نفّذ" printed without its nūn) and writes a
// wrong text layer (ز extracted as ر). Vazirmatn draws every letter form with its dots, one glyph per
// code point or ligature, which react-pdf shapes, orders and extracts correctly.
import { existsSync } from "node:fs";
import path from "node:path";
import { Font } from "@react-pdf/renderer";
import { breakPoints, isRtlLigature } from "./pdf-text";

export const LATIN_FAMILY = "Noto Sans";
export const ARABIC_FAMILY = "Vazirmatn";
/** Every style of the report uses this list, so each character finds a font that has it. */
export const REPORT_FONT_FAMILY = [LATIN_FAMILY, ARABIC_FAMILY];

function fontFile(packagePath: string): string {
  const file = path.join(process.cwd(), "node_modules", packagePath);
  if (!existsSync(file)) throw new Error(`The PDF report's font ${packagePath} is not in ${path.join(process.cwd(), "node_modules")}: run npm install in the project folder and start the app from there.`);
  return file;
}

const FONTS = {
  [LATIN_FAMILY]: {
    400: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
    700: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  },
  [ARABIC_FAMILY]: {
    400: "@expo-google-fonts/vazirmatn/400Regular/Vazirmatn_400Regular.ttf",
    700: "@expo-google-fonts/vazirmatn/700Bold/Vazirmatn_700Bold.ttf",
  },
} as const;

interface FontkitGlyph {
  codePoints: number[];
}
interface FontkitFont {
  getGlyph(id: number, codePoints?: number[]): FontkitGlyph;
}

/**
 * PDF readers (pdf.js, poppler) put an Arabic word back into logical order by reversing the glyphs they
 * see left to right, and with them the code points of a ligature's ToUnicode entry: lam-alef "لا" would
 * come out as "ال". So a right-to-left ligature's code points are stored reversed, which the reader's
 * reversal turns back. react-pdf writes each glyph's `codePoints` into the ToUnicode map, and fontkit
 * caches one glyph object per id, so the glyphs are adjusted once, as the font hands them out. (A
 * ligature is only cut in two when a style changes inside it, which the report never does.)
 */
function reverseRtlLigatureCodePoints(font: FontkitFont): void {
  const getGlyph = font.getGlyph.bind(font);
  const adjusted = new WeakSet<FontkitGlyph>();
  font.getGlyph = (id, codePoints) => {
    const glyph = getGlyph(id, codePoints);
    if (glyph && !adjusted.has(glyph)) {
      adjusted.add(glyph);
      if (isRtlLigature(glyph.codePoints)) glyph.codePoints = [...glyph.codePoints].reverse();
    }
    return glyph;
  };
}

let registered: Promise<void> | null = null;

/** Registers the report's fonts with react-pdf once per process (react-pdf's font store is global). */
export function registerReportFonts(): Promise<void> {
  registered ??= (async () => {
    for (const [family, weights] of Object.entries(FONTS)) {
      Font.register({ family, fonts: Object.entries(weights).map(([weight, file]) => ({ src: fontFile(file), fontWeight: Number(weight) })) });
    }
    for (const weight of Object.keys(FONTS[ARABIC_FAMILY])) {
      const descriptor = { fontFamily: ARABIC_FAMILY, fontWeight: Number(weight) };
      await Font.load(descriptor);
      reverseRtlLigatureCodePoints(Font.getFont(descriptor).data as unknown as FontkitFont);
    }
    Font.registerHyphenationCallback(breakPoints);
  })().catch((error: unknown) => {
    registered = null;
    throw error;
  });
  return registered;
}
