import { describe, expect, it } from "vitest";
import { csvHeader, csvRow, writeCsvExport } from "./csv-export";
import { FIXTURE_CLAIMS, FIXTURE_WORKSPACE, collect, countingClaims, readGolden, streamClaims } from "@test-support/report-fixture";

/**
 * A strict RFC 4180 reader, written independently of csv-stringify so that a quoting bug cannot hide
 * behind the same code reading it back: records end with CRLF, quoted fields double their quotes and
 * may hold commas and line breaks. Returns null cells for fields that were empty and unquoted.
 */
function parseCsv(text: string): (string | null)[][] {
  const rows: (string | null)[][] = [];
  let row: (string | null)[] = [];
  let i = 0;
  while (i < text.length) {
    let cell: string | null;
    if (text[i] === '"') {
      cell = "";
      for (i += 1; ; i += 1) {
        if (i >= text.length) throw new Error("Unterminated quoted field");
        if (text[i] === '"' && text[i + 1] !== '"') break;
        cell += text[i];
        if (text[i] === '"') i += 1; // a doubled quote stands for one
      }
      i += 1;
    } else {
      const end = text.slice(i).search(/,|\r\n/);
      const raw = end === -1 ? text.slice(i) : text.slice(i, i + end);
      if (/["\r\n]/.test(raw)) throw new Error(`Bare quote or line break in an unquoted field: ${JSON.stringify(raw)}`);
      cell = raw === "" ? null : raw;
      i += raw.length;
    }
    row.push(cell);
    if (text.startsWith("\r\n", i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (text[i] === ",") i += 1;
    else if (i < text.length) throw new Error(`Expected , or CRLF at ${i}`);
  }
  if (row.length > 0) throw new Error("The last record has no CRLF");
  return rows;
}

const asText = (cells: (string | number | null)[]) => cells.map((cell) => (cell === null ? null : String(cell)));

describe("writeCsvExport", () => {
  it("writes the demo export byte for byte", async () => {
    const text = await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims()));
    expect(text).toBe(readGolden("demo.csv", text));
  });

  it("parses back to the same rows: header, then one row per claim", async () => {
    const text = await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims()));
    expect(text.startsWith("\uFEFF")).toBe(true);
    const rows = parseCsv(text.slice(1));
    expect(rows[0]).toEqual(csvHeader(FIXTURE_WORKSPACE));
    expect(rows.slice(1)).toEqual(FIXTURE_CLAIMS.map((claim) => asText(csvRow(claim, FIXTURE_WORKSPACE.reviewers))));
    expect(rows.every((row) => row.length === rows[0]!.length)).toBe(true);
  });

  it("leaves the byte order mark out on request", async () => {
    const text = await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims(), { bom: false }));
    expect(text.startsWith('"Claim URL"')).toBe(true);
  });

  it("keeps Arabic intact", async () => {
    const rows = parseCsv((await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims()))).slice(1));
    const header = rows[0]!;
    const arabic = rows[4]!;
    expect(arabic[header.indexOf("Claimant")]).toBe("ديرالزور24");
    expect(arabic[header.indexOf("Statement")]).toBe(FIXTURE_CLAIMS[3]!.statement);
    expect(arabic[header.indexOf("Tags")]).toBe("executions, دير الزور");
    expect(Buffer.from(await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims())), "utf8").includes(Buffer.from("ديرالزور24", "utf8"))).toBe(true);
  });

  it("keeps a quote with commas, double quotes and line breaks in one cell", async () => {
    const exact = 'He said, "12 percent,\r\nnot 20"\nand left';
    const claim = { ...FIXTURE_CLAIMS[0]!, quote: { ...FIXTURE_CLAIMS[0]!.quote, exact } };
    const rows = parseCsv((await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims([claim])))).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1]![rows[0]!.indexOf("Quote")]).toBe(exact);
  });

  it("puts each reviewer's current rating in their column, empty when they have none", async () => {
    const rows = parseCsv((await collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims()))).slice(1));
    const [header, territory, , kobani] = rows;
    const [rania, rafael] = [header!.indexOf("Rating: Rania Reviewer"), header!.indexOf("Rating: Rafael Reviewer")];
    expect([territory![rania], territory![rafael]]).toEqual(["False", "Mostly true"]);
    expect([kobani![rania], kobani![rafael]]).toEqual([null, "Mostly true"]);
    expect(territory![header!.indexOf("Contradicting evidence")]).toBe("1");
    expect(territory![header!.indexOf("Source URLs")]).toBe("https://data.example.org/conflict-monitor/2016-h1");
  });

  it("names a reviewer by email too when two share a name", () => {
    const twins = { reviewers: [{ name: "Sam", email: "a@example.org" }, { name: "Sam", email: "b@example.org" }] };
    expect(csvHeader(twins)).toContain("Rating: Sam <b@example.org>");
  });

  it("defuses cells a spreadsheet would run as formulas, unless asked not to", async () => {
    const claim = { ...FIXTURE_CLAIMS[0]!, statement: '=HYPERLINK("https://evil.example","x")', claimant: "-2+3" };
    const [defused, raw] = await Promise.all([
      collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims([claim]))),
      collect(writeCsvExport(FIXTURE_WORKSPACE, streamClaims([claim]), { escapeFormulas: false })),
    ]);
    const cell = (text: string, column: string) => {
      const rows = parseCsv(text.slice(1));
      return rows[1]![rows[0]!.indexOf(column)];
    };
    expect(cell(defused, "Statement")).toBe(`'${claim.statement}`);
    expect(cell(defused, "Claimant")).toBe("'-2+3");
    expect(cell(raw, "Statement")).toBe(claim.statement);
  });
});

describe("streaming", () => {
  it("yields rows while the claims are still being read", async () => {
    const { claims, pulled } = countingClaims(20_000);
    let chunks = 0;
    let pulledAtTenth = -1;
    for await (const _chunk of writeCsvExport(FIXTURE_WORKSPACE, claims)) {
      chunks += 1;
      if (chunks === 10) pulledAtTenth = pulled();
    }
    expect(pulledAtTenth).toBeLessThan(20);
    expect(chunks).toBe(20_001);
  });
});
