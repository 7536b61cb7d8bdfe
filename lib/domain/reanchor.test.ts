import { describe, expect, it } from "vitest";
import { describeSpan } from "./anchoring";
import { reanchorSpan } from "./reanchor";
import { findTextEdit } from "./text-edit";

/** The stored span of the `nth` (0-based) occurrence of `quote` in `text`. */
function spanOf(text: string, quote: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(quote, start + 1);
  expect(start).toBeGreaterThanOrEqual(0);
  return describeSpan(text, start, start + quote.length);
}

/** Re-anchors a span of `before` in `after`, as an article text edit does. */
const reanchor = (before: string, after: string, span: ReturnType<typeof spanOf>) => reanchorSpan(after, span, findTextEdit(before, after));

const FIGURES = [
  "At its height in 2015, the group ruled over roughly 12 million people across Syria and Iraq, the coalition said.",
  "Aid agencies working in the camps near Mosul reported shortages of water and medicine throughout the winter.",
  "A UN survey published in March found that 12 million people in the region still needed humanitarian help.",
].join("\n\n");

const HEADINGS = [
  "Background",
  "The offensive on the western bank began in February after months of preparation by the army.",
  "Reaction",
  "Residents said they had been warned by leaflets dropped the night before the assault began.",
  "Background",
  "Commanders expected the fighting in the old city to last several more weeks, a spokesman said.",
].join("\n\n");

describe("re-anchoring after an edit, with a look-alike elsewhere", () => {
  it("orphans a claim on a figure whose sentence was deleted, rather than moving it onto the same figure in another sentence", () => {
    const claim = spanOf(FIGURES, "12 million people", 0);
    const edited = FIGURES.slice(FIGURES.indexOf("Aid agencies"));
    expect(edited).toContain("12 million people");
    const result = reanchor(FIGURES, edited, claim);
    expect(result.status).toBe("ORPHANED");
    // The orphan keeps its quote and old place, to be shown and re-attached.
    expect(result.span).toEqual(claim);
  });

  it("orphans a claim on a repeated heading whose first copy was deleted", () => {
    const claim = spanOf(HEADINGS, "Background", 0);
    const edited = HEADINGS.slice(HEADINGS.indexOf("The offensive"));
    expect(reanchor(HEADINGS, edited, claim).status).toBe("ORPHANED");
    // The second heading's own claim follows its heading.
    const second = spanOf(HEADINGS, "Background", 1);
    const kept = reanchor(HEADINGS, edited, second);
    expect(kept).toMatchObject({ status: "RELOCATED", span: { exact: "Background", start: edited.indexOf("Background") } });
  });

  it("still re-anchors exactly a claim whose passage merely shifted, even right beside the edit", () => {
    const second = spanOf(FIGURES, "12 million people", 1);
    const shorter = FIGURES.replace("Aid agencies working in the camps near Mosul", "Agencies");
    expect(reanchor(FIGURES, shorter, second)).toMatchObject({ status: "RELOCATED", span: { start: shorter.lastIndexOf("12 million people") } });
    // An insertion touching the quote's context on one side: the edit says it only shifted it.
    const touched = FIGURES.replace("found that 12 million", "found that, by its count, 12 million");
    expect(reanchor(FIGURES, touched, second)).toMatchObject({ status: "RELOCATED", span: { start: touched.lastIndexOf("12 million people") } });
    // The first figure is before both edits: it stays where it was.
    expect(reanchor(FIGURES, touched, spanOf(FIGURES, "12 million people", 0)).status).toBe("EXACT");
  });

  it("moves a claim onto an identical passage when its context agrees: a paragraph printed twice, the first copy deleted", () => {
    const doubled = `${FIGURES}\n\n${FIGURES}`;
    const claim = spanOf(doubled, "shortages of water and medicine", 0);
    const edited = doubled.slice(0, doubled.indexOf("Aid agencies")) + doubled.slice(doubled.indexOf("A UN survey"));
    const result = reanchor(doubled, edited, claim);
    expect(result.status).toBe("RELOCATED");
    expect(result.span.start).toBe(edited.indexOf("shortages of water and medicine"));
  });

  it("checks the context of a far occurrence when the edit is not known, too", () => {
    const claim = spanOf(FIGURES, "12 million people", 0);
    expect(reanchorSpan(FIGURES.slice(FIGURES.indexOf("Aid agencies")), claim).status).toBe("ORPHANED");
    expect(reanchorSpan(`Update: the figures below were corrected.\n\n${FIGURES}`, claim).status).toBe("RELOCATED");
  });
});
