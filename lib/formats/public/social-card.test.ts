import { describe, expect, it } from "vitest";
import { cardSvg, renderSocialCard } from "./social-card";

/** Width and height from the PNG's IHDR chunk (bytes 16-23), after checking the signature. */
function pngSize(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(new TextDecoder().decode(bytes.slice(12, 16))).toBe("IHDR");
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

const arabic = { statement: "قال وزير الصحة إن ١٢ مليون شخص تلقوا لقاح (COVID-19) وفق تقرير New York Times", direction: "rtl" as const, ratingLabel: "مضلل", ratingColour: "#dc2626", publisher: "مرصد الحقائق" };

describe("social card", () => {
  it("is a 1200×630 PNG", () => {
    const png = renderSocialCard({ statement: "IS ruled about 12 million people", direction: "ltr", ratingLabel: "Mostly true", ratingColour: "#65a30d", publisher: "Example Checks" });
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });

  it("lays an Arabic claim out right to left, keeping an English name's words in their own order", () => {
    const svg = cardSvg(arabic);
    const xOf = (word: string) => Number(new RegExp(`x="([\\d.]+)"[^>]*>${word.replace(/[()]/g, "\\$&")}<`).exec(svg)?.[1]);
    // The first word sits right of the second; "New York" still reads left to right.
    expect(xOf("قال")).toBeGreaterThan(xOf("وزير"));
    expect(xOf("New")).toBeLessThan(xOf("York"));
    expect(xOf("تقرير")).toBeGreaterThan(xOf("New"));
    expect(pngSize(renderSocialCard(arabic))).toEqual({ width: 1200, height: 630 });
  });

  it("cuts a long claim with an ellipsis and escapes its text", () => {
    const svg = cardSvg({ ...arabic, direction: "ltr", statement: `<script>alert(1)</script> ${"word ".repeat(200)}` });
    expect(svg).toContain("…</text>");
    expect(svg).not.toContain("<script>");
  });
});
