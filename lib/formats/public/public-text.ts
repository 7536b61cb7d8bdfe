// Small shared pieces of the public pages: dates as readers read them, the rating badge's text colour,
// and the words for evidence stances (the product's one vocabulary).
import { STANCE_LABELS } from "@/lib/domain/vocabulary";
import type { PublishedEvidence } from "@/lib/schemas/publication";

const DAY = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "4 Dec 2026", in UTC so every server and every reader sees the same day. */
export function formatDay(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? String(value) : DAY.format(date);
}

function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/**
 * Near-black or white, whichever contrasts more with the rating's colour (WCAG's formula), so the label
 * on the badge stays readable whatever colour the workspace chose for the rating.
 */
export function textColourOn(background: string): "#111827" | "#ffffff" {
  const bg = luminance(background);
  const dark = (bg + 0.05) / (luminance("#111827") + 0.05);
  const light = 1.05 / (bg + 0.05);
  return dark >= light ? "#111827" : "#ffffff";
}

export const stanceLabel = (stance: PublishedEvidence["stance"]) => STANCE_LABELS[stance];

/** Text cut to at most `max` characters on a word boundary, with an ellipsis when cut. */
export function truncateWords(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, "")}…`;
}
