// The part of fontkit (a dependency of @react-pdf/renderer, listed in package.json for the social card)
// that the card uses to measure words; fontkit ships no types of its own.
declare module "fontkit" {
  export interface GlyphRun {
    advanceWidth: number;
  }
  export interface Font {
    unitsPerEm: number;
    familyName: string;
    layout(text: string): GlyphRun;
  }
  export function create(buffer: Uint8Array): Font;
}
