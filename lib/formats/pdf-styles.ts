// The PDF report's look: A4, one sans family (see pdf-fonts.ts), quiet greys, the rating colours of the
// workspace's scale for the chart and the rating badges.
import { StyleSheet } from "@react-pdf/renderer";
import { REPORT_FONT_FAMILY } from "./pdf-fonts";
import { textDirection } from "./pdf-text";

export const INK = "#111827";
export const MUTED = "#4b5563";
export const RULE = "#d1d5db";
export const LINK = "#1d4ed8";
const FALLBACK_COLOUR = "#64748b";

export const styles = StyleSheet.create({
  page: { fontFamily: REPORT_FONT_FAMILY, fontSize: 9.5, color: INK, paddingTop: 58, paddingBottom: 52, paddingHorizontal: 48 },
  // react-pdf turns a line height into points where it is set and passes the points down, so the body sets
  // the running text's (on the page itself it would also hide the fixed footer) and every other size its own.
  body: { fontSize: 9.5, lineHeight: 1.45 },
  header: { position: "absolute", top: 22, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", borderBottomWidth: 0.5, borderBottomColor: RULE, paddingBottom: 4, fontSize: 8, color: MUTED },
  footer: { position: "absolute", bottom: 22, left: 48, right: 48, flexDirection: "row", justifyContent: "space-between", fontSize: 8, color: MUTED },
  title: { fontSize: 18, fontWeight: 700, lineHeight: 1.25, marginBottom: 8 },
  h2: { fontSize: 13, lineHeight: 1.3, fontWeight: 700, marginTop: 14, marginBottom: 6 },
  h3: { fontSize: 10.5, lineHeight: 1.35, fontWeight: 700, marginTop: 8, marginBottom: 3 },
  h4: { fontSize: 9.5, lineHeight: 1.35, fontWeight: 700, marginTop: 6, marginBottom: 2 },
  // react-pdf does not inherit `direction`, and takes a paragraph's from its first piece of text (guessing
  // from the first letter when that has none), so every piece of a labelled line says left to right.
  muted: { direction: "ltr", color: MUTED },
  bold: { direction: "ltr", fontWeight: 700 },
  link: { direction: "ltr", color: LINK, textDecoration: "none" },
  small: { fontSize: 8, lineHeight: 1.4 },
  fact: { direction: "ltr", marginBottom: 1 },
  claim: { marginTop: 12, paddingTop: 8, borderTopWidth: 0.75, borderTopColor: RULE },
  claimHeading: { flexDirection: "row", fontSize: 11.5, lineHeight: 1.35, fontWeight: 700, marginBottom: 5 },
  claimHeadingRtl: { flexDirection: "row-reverse" },
  claimNumber: { width: 24 },
  claimStatement: { flex: 1 },
  quote: { marginVertical: 4, paddingVertical: 4, paddingHorizontal: 8, backgroundColor: "#f3f4f6", borderLeftWidth: 2.5, borderLeftColor: "#9ca3af", color: "#374151" },
  quoteRtl: { borderLeftWidth: 0, borderRightWidth: 2.5, borderRightColor: "#9ca3af" },
  emphasis: { fontWeight: 700, color: INK },
  badgeRow: { flexDirection: "row", alignItems: "center" },
  verdictLine: { marginTop: 6 },
  badge: { color: "#ffffff", fontWeight: 700, fontSize: 8.5, lineHeight: 1.3, paddingHorizontal: 5, paddingTop: 1, borderRadius: 2, marginHorizontal: 4 },
  item: { flexDirection: "row", marginBottom: 3 },
  bullet: { width: 10, color: MUTED },
  itemBody: { flex: 1 },
  block: { marginTop: 1 },
  noteRow: { flexDirection: "row", fontSize: 8, lineHeight: 1.4 },
  noteLabel: { color: MUTED, marginRight: 3 },
  noteText: { flex: 1 },
  chartRow: { flexDirection: "row", alignItems: "center", marginBottom: 2 },
  chartLabel: { width: 92 },
  chartCount: { width: 32, textAlign: "right" },
  tableRow: { flexDirection: "row", borderBottomWidth: 0.5, borderBottomColor: "#e5e7eb", paddingVertical: 1.5 },
  tableCell: { width: 120 },
  tableNumber: { width: 40, textAlign: "right" },
});

/** Paragraph direction and alignment for a piece of user text, as `dir="auto"` gives it on the web. */
export function directed(text: string) {
  return textDirection(text) === "rtl" ? { direction: "rtl" as const, textAlign: "right" as const } : { direction: "ltr" as const, textAlign: "left" as const };
}

/** A scale colour as the settings store it, or a neutral grey when it is not a plain hex colour. */
export function safeColour(colour: string | undefined): string {
  return colour && /^#[0-9a-f]{6}$/iu.test(colour) ? colour : FALLBACK_COLOUR;
}
