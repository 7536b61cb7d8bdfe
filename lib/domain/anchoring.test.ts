import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { CONTEXT_LENGTH, anchor, describeSpan, type Anchor } from "./anchoring";
import { findTextEdit } from "./text-edit";

const SEED = readFileSync(path.join(import.meta.dirname, "../../seeds/corpus/000_256eb11d6a4214e8.txt"), "utf8");
const QUOTE = "around 12 million people";

/** The selectors for the first occurrence of `quote` in `text`. */
const describeQuote = (text: string, quote: string) => {
  const start = text.indexOf(quote);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeSpan(text, start, start + quote.length);
};
const sliceOf = (text: string, a: Anchor | null) => (a ? text.slice(a.start, a.end) : null);

describe("describeSpan", () => {
  it("stores the quote with 32 characters of context on each side", () => {
    const d = describeQuote(SEED, QUOTE);
    expect(d.exact).toBe(QUOTE);
    expect(d.prefix).toBe(SEED.slice(d.start - CONTEXT_LENGTH, d.start));
    expect(d.suffix).toBe(SEED.slice(d.end, d.end + CONTEXT_LENGTH));
    expect(d.prefix).toHaveLength(32);
    expect(d.suffix).toHaveLength(32);
  });

  it("stores less context at the edges of the text", () => {
    const text = "12 percent of their territory";
    expect(describeSpan(text, 0, 10)).toEqual({ exact: "12 percent", prefix: "", suffix: " of their territory", start: 0, end: 10 });
    expect(describeSpan(text, 20, text.length)).toEqual({ exact: "territory", prefix: "12 percent of their ", suffix: "", start: 20, end: 29 });
    expect(describeSpan(text, 0, text.length)).toMatchObject({ prefix: "", suffix: "" });
  });

  it("never cuts a surrogate pair in half", () => {
    // 32 code units back from the span, and 32 forward, both land in the middle of an emoji.
    const text = `${"a".repeat(9)}😀${"b".repeat(31)}SPAN${"c".repeat(31)}😀d`;
    const start = text.indexOf("SPAN");
    const d = describeSpan(text, start, start + 4);
    expect(d.prefix).toBe("b".repeat(31));
    expect(d.suffix).toBe("c".repeat(31));
    const whole = describeSpan(text, 11, text.length - 3);
    expect(whole).toMatchObject({ prefix: `${"a".repeat(9)}😀`, suffix: "😀d" });
  });

  it.each([
    [-1, 3],
    [0, 0],
    [5, 4],
    [0, 31],
    [1.5, 3],
  ])("throws a RangeError for [%d, %d)", (start, end) => {
    expect(() => describeSpan("a text of thirty characters...", start, end)).toThrow(RangeError);
  });
});

describe("anchor", () => {
  it("keeps the stored position when the text is unchanged", () => {
    const d = describeQuote(SEED, QUOTE);
    expect(anchor(SEED, d)).toEqual({ start: d.start, end: d.end, method: "position" });
  });

  it("finds the quote again after an insertion before it", () => {
    const d = describeQuote(SEED, QUOTE);
    const edited = `UPDATED: an editor's note was added here.\n\n${SEED}`;
    const a = anchor(edited, d);
    expect(a).toEqual({ start: edited.indexOf(QUOTE), end: edited.indexOf(QUOTE) + QUOTE.length, method: "quote" });
  });

  it("follows an edit inside the span, and the new span covers the edited quote", () => {
    const d = describeQuote(SEED, QUOTE);
    for (const replacement of ["around 12.5 million people", "around 11 million people", "around 12 million persons"]) {
      const edited = SEED.replace(QUOTE, replacement);
      const a = anchor(edited, d);
      expect(a?.method).toBe("fuzzy");
      expect(sliceOf(edited, a)).toBe(replacement);
    }
  });

  it("chooses among duplicate quotes by context, then by nearness to the old position", () => {
    const text = "In Raqqa 12 percent of homes were hit. In Mosul 12 percent of homes were hit. In Raqqa 12 percent of homes were hit.";
    const mosul = text.indexOf("12 percent", 40);
    const d = describeSpan(text, mosul, mosul + 10);
    const shifted = `Correction: ${text}`;
    expect(anchor(shifted, d)).toEqual({ start: shifted.indexOf("In Mosul") + 9, end: shifted.indexOf("In Mosul") + 19, method: "quote" });
    // The two Raqqa sentences share their context; the one nearer the old position wins.
    const raqqa = text.lastIndexOf("12 percent");
    const second = describeSpan(text, raqqa, raqqa + 10);
    expect(anchor(shifted, second)?.start).toBe(shifted.lastIndexOf("12 percent"));
    const first = describeSpan(text, text.indexOf("12 percent"), text.indexOf("12 percent") + 10);
    expect(anchor(shifted, first)?.start).toBe(shifted.indexOf("12 percent"));
  });

  it("returns null when the span was deleted", () => {
    const d = describeQuote(SEED, QUOTE);
    const sentence = SEED.split("\n").find((line) => line.includes(QUOTE)) ?? "";
    expect(anchor(SEED.replace(sentence, ""), d)).toBeNull();
    expect(anchor(SEED.replace(QUOTE, ""), d)).toBeNull();
    const year = describeQuote(SEED, "1298");
    expect(anchor(SEED.replace("in 1298 ", ""), year)).toBeNull();
  });

  it("anchors spans at the very start and the very end of the text", () => {
    const text = "Nearly 3,000 Yazidi women and children remain in IS captivity today";
    const head = describeSpan(text, 0, 12);
    const tail = describeSpan(text, text.length - 5, text.length);
    expect(anchor(text, head)).toEqual({ start: 0, end: 12, method: "position" });
    expect(anchor(text, tail)).toEqual({ start: text.length - 5, end: text.length, method: "position" });
    const edited = `Report: ${text}.`;
    expect(sliceOf(edited, anchor(edited, head))).toBe("Nearly 3,000");
    expect(anchor(edited, tail)).toMatchObject({ start: edited.length - 6, method: "quote" });
    const fuzzy = anchor("Nearly 3,100 Yazidi women and children remain in IS captivity today", head);
    expect(fuzzy).toEqual({ start: 0, end: 12, method: "fuzzy" });
  });

  it("works in right-to-left Arabic text", () => {
    const text = "قال المرصد السوري إن نحو ١٢ مليون شخص عاشوا تحت حكم التنظيم في ذروة قوته عام ٢٠١٤.";
    const quote = "نحو ١٢ مليون شخص";
    const d = describeQuote(text, quote);
    expect(d.exact).toBe(quote);
    expect(anchor(text, d)).toMatchObject({ start: d.start, method: "position" });
    const inserted = `عاجل: ${text}`;
    expect(anchor(inserted, d)).toEqual({ start: d.start + 6, end: d.end + 6, method: "quote" });
    const edited = text.replace("١٢", "١٣");
    const a = anchor(edited, d);
    expect(a?.method).toBe("fuzzy");
    expect(sliceOf(edited, a)).toBe("نحو ١٣ مليون شخص");
  });

  it("counts UTF-16 code units when emoji come before the span", () => {
    const text = "Breaking 🙂: ISIS lost 12 percent of their territory this year.";
    const d = describeQuote(text, "12 percent");
    const edited = `🔥🇸🇾 ${text}`;
    expect(anchor(edited, d)).toEqual({ start: d.start + 7, end: d.end + 7, method: "quote" });
    expect(edited.slice(d.start + 7, d.end + 7)).toBe("12 percent");
  });

  it("tolerates whitespace-only differences", () => {
    const d = describeQuote(SEED, QUOTE);
    const edited = SEED.replace(QUOTE, "around  12\nmillion   people");
    const a = anchor(edited, d);
    expect(a?.method).toBe("fuzzy");
    expect(sliceOf(edited, a)).toBe("around  12\nmillion   people");
  });

  it("anchors a bare quote without position or context, and nothing for an empty quote", () => {
    expect(anchor(SEED, { exact: QUOTE })).toMatchObject({ start: SEED.indexOf(QUOTE), method: "quote" });
    expect(anchor(SEED, { exact: "" })).toBeNull();
    expect(anchor("", { exact: QUOTE, start: 0, end: 24 })).toBeNull();
  });

  it("does not latch onto a look-alike in unrelated surroundings", () => {
    const text = "The city fell in 2017. Elsewhere, 2016 was calm.";
    const d = describeQuote(text, "2017");
    expect(anchor("The city fell. Elsewhere, 2016 was calm.", d)).toBeNull();
  });
});

const spanned = fc
  .string({ unit: "grapheme", minLength: 1, maxLength: 300 })
  .chain((text) =>
    fc
      .tuple(fc.integer({ min: 0, max: text.length - 1 }), fc.integer({ min: 1, max: text.length }))
      .map(([a, b]) => ({ text, start: Math.min(a, b - 1), end: Math.max(b, a + 1) })),
  );

describe("anchor on arbitrary text", () => {
  it("anchors any span of an unchanged text at its position", () => {
    fc.assert(
      fc.property(spanned, ({ text, start, end }) => {
        expect(anchor(text, describeSpan(text, start, end))).toEqual({ start, end, method: "position" });
      }),
      { numRuns: 500 },
    );
  });

  it("after an insertion before the span, finds the exact quote, at the shifted position when it is unique", () => {
    const edit = spanned.chain((s) =>
      fc.record({ at: fc.integer({ min: 0, max: s.start }), inserted: fc.string({ unit: "grapheme", minLength: 1, maxLength: 40 }) })
        .map((e) => ({ ...s, ...e })),
    );
    fc.assert(
      fc.property(edit, ({ text, start, end, at, inserted }) => {
        const d = describeSpan(text, start, end);
        const edited = text.slice(0, at) + inserted + text.slice(at);
        const a = anchor(edited, d, { edit: findTextEdit(text, edited) });
        expect(sliceOf(edited, a)).toBe(d.exact);
        // A second occurrence of the quote (in the insertion or at the old offset) may legitimately win.
        if (edited.indexOf(d.exact) === edited.lastIndexOf(d.exact)) {
          expect(a).toEqual({ start: start + inserted.length, end: end + inserted.length, method: "quote" });
        }
      }),
      { numRuns: 500 },
    );
  });
});
