import { describe, expect, it } from "vitest";
import { endsEarly, readWorkspaceJson } from "./workspace-json-read";
import { FIXTURE_IDS, workspaceFixture } from "@test-support/workspace-json-fixture";

const encode = (text: string) => new TextEncoder().encode(text);
const read = (text: string | Uint8Array, fileName = "desk.json", limit?: number) =>
  readWorkspaceJson({ fileName, bytes: typeof text === "string" ? encode(text) : text, limit });
const refusal = (result: ReturnType<typeof readWorkspaceJson>) => (result.ok ? "accepted" : result.message);

describe("reading a workspace JSON file", () => {
  it("accepts an export, with or without a byte order mark", () => {
    expect(read(JSON.stringify(workspaceFixture()))).toEqual({ ok: true, document: workspaceFixture() });
    expect(read(`\uFEFF${JSON.stringify(workspaceFixture())}`).ok).toBe(true);
  });

  it("refuses an empty or whitespace-only file", () => {
    expect(refusal(read(""))).toBe("desk.json is empty. Choose the .json file of a workspace export.");
    expect(refusal(read(" \n\t "))).toMatch(/^desk\.json is empty \(only whitespace\)/);
  });

  it("refuses a file over the limit, stating the limit", () => {
    expect(refusal(read("x".repeat(3000), "big.json", 2048))).toMatch(/^big\.json is 2\.9 KB, over the upload limit of 2 KB\./);
  });

  it("refuses other formats with a .json name", () => {
    expect(refusal(read("%PDF-1.7\n%âãÏÓ\n1 0 obj", "report.json"))).toMatch(/^report\.json is a PDF document, not a Claimbench workspace export/);
    expect(refusal(read("<!DOCTYPE html><html><body>Hi</body></html>", "page.json"))).toMatch(/^page\.json is an HTML page/);
    expect(refusal(read(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), "pic.json"))).toMatch(/^pic\.json is an image/);
    expect(refusal(read(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), "book.json"))).toMatch(/^book\.json is a ZIP archive/);
    expect(refusal(read(new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), "latin.json"))).toMatch(/^latin\.json is not UTF-8 text/);
  });

  it("tells a cut-off file from a malformed one", () => {
    const text = JSON.stringify(workspaceFixture());
    expect(refusal(read(text.slice(0, Math.floor(text.length / 2))))).toMatch(/^desk\.json ends in the middle of the JSON: it was cut off/);
    expect(refusal(read('{"format": claimbench}'))).toMatch(/^desk\.json is not valid JSON: /);
  });

  it("refuses JSON that is not a workspace export", () => {
    expect(refusal(read('[{"@type":"ClaimReview"}]'))).toMatch(/^desk\.json is JSON but not a Claimbench workspace export/);
    expect(refusal(read('{"format":"claimbench-workspace"}'))).toMatch(/has no valid schemaVersion/);
  });

  it("refuses an export from a newer Claimbench", () => {
    expect(refusal(read(JSON.stringify({ ...workspaceFixture(), schemaVersion: 7 })))).toBe(
      "desk.json was exported by a newer Claimbench (schema version 7; this one reads up to 6). Upgrade Claimbench to import it.",
    );
  });

  it("reads a version 2 export, which had no comments, and refuses a comment naming someone not in people", () => {
    const { comments: _none, ...rest } = workspaceFixture();
    const result = read(JSON.stringify({ ...rest, schemaVersion: 2 }));
    expect(result.ok && result.document.comments).toEqual([]);
    const stranger = workspaceFixture();
    stranger.comments[0]!.mentions = ["nobody@example.org"];
    expect(refusal(read(JSON.stringify(stranger)))).toMatch(/comments\[0\]\.mentions\[0\].*nobody@example\.org is not listed in people/);
    const orphanReply = workspaceFixture();
    orphanReply.comments[1]!.parentId = FIXTURE_IDS.claim;
    expect(refusal(read(JSON.stringify(orphanReply)))).toMatch(/comments\[1\]\.parentId.*no comment in the file/);
  });

  it("reads a version 1 export, which had no captures", () => {
    const { captures: _none, ...rest } = workspaceFixture();
    const old = { ...rest, schemaVersion: 1, claims: rest.claims.map(({ captureId: _id, ...claim }) => claim) };
    const result = read(JSON.stringify(old));
    expect(result.ok && result.document.captures).toEqual([]);
    expect(result.ok && result.document.claims[0]).not.toHaveProperty("captureId");
  });

  it("reads a version 2 export, which had no same-claim links, and refuses a claim linked to itself", () => {
    const { sameClaimLinks: _none, ...rest } = workspaceFixture();
    const result = read(JSON.stringify({ ...rest, schemaVersion: 2 }));
    expect(result.ok && result.document.sameClaimLinks).toEqual([]);
    const self = workspaceFixture();
    self.sameClaimLinks[0]!.claimBId = self.sameClaimLinks[0]!.claimAId;
    expect(refusal(read(JSON.stringify(self)))).toMatch(/sameClaimLinks\[0\]\.claimBId.*a claim is linked to itself/);
  });

  it("reads a version 4 export, which had no dismissed matches, and refuses a pair dismissed twice or a claim not in the file", () => {
    const { dismissedMatches: _none, ...rest } = workspaceFixture();
    const result = read(JSON.stringify({ ...rest, schemaVersion: 4 }));
    expect(result.ok && result.document.dismissedMatches).toEqual([]);
    const twice = workspaceFixture();
    const [first] = twice.dismissedMatches;
    twice.dismissedMatches.push({ ...first!, id: FIXTURE_IDS.leftOut.replace(/c1$/, "e0"), claimAId: first!.claimBId, claimBId: first!.claimAId });
    expect(refusal(read(JSON.stringify(twice)))).toMatch(/dismissedMatches\[1\].*these two claims are dismissed twice/);
    const unknown = workspaceFixture();
    unknown.dismissedMatches[0]!.claimAId = FIXTURE_IDS.article;
    expect(refusal(read(JSON.stringify(unknown)))).toMatch(/dismissedMatches\[0\]\.claimAId.*no claim in the file has the id/);
  });

  it("reads a version 5 export, which had no publications or publisher settings, as a workspace that published nothing", () => {
    const { publications: _none, workspace: { publisherLogoUrl: _logo, publicBaseUrl: _base, ...workspace }, ...rest } = workspaceFixture();
    const result = read(JSON.stringify({ ...rest, workspace, schemaVersion: 5 }));
    expect(result.ok, refusal(result)).toBe(true);
    expect(result.ok && result.document.publications).toEqual([]);
    expect(result.ok && result.document.workspace).toMatchObject({ publisherLogoUrl: null, publicBaseUrl: null });
    // A version 6 file must say them.
    const { publications: _left, ...missing } = workspaceFixture();
    expect(refusal(read(JSON.stringify(missing)))).toMatch(/at publications, /);
  });

  it("refuses a publication whose snapshot the public pages could not show, naming the publication", () => {
    const tampered = workspaceFixture();
    tampered.publications[0]!.snapshot.rating.colour = "red; background:url(https://evil.example)";
    expect(refusal(read(JSON.stringify(tampered)))).toMatch(
      new RegExp(`^desk\\.json does not match the workspace export format: at publications\\[0\\]\\.snapshot\\.rating\\.colour \\(publication ${FIXTURE_IDS.publication}\\), `),
    );
    const noClaim = workspaceFixture();
    delete (noClaim.publications[0]!.snapshot as Partial<typeof noClaim.publications[0]["snapshot"]>).claim;
    expect(refusal(read(JSON.stringify(noClaim)))).toMatch(/at publications\[0\]\.snapshot\.claim \(publication [0-9a-f-]{36}\), /);
    const headline = workspaceFixture();
    headline.publications[0]!.headline = "Something else";
    expect(refusal(read(JSON.stringify(headline)))).toBe(
      `desk.json does not hold together: at publications[0].headline, publication ${FIXTURE_IDS.publication}'s headline is not its snapshot's headline.`,
    );
    const elsewhere = workspaceFixture();
    elsewhere.publications[0]!.claimId = FIXTURE_IDS.article;
    expect(refusal(read(JSON.stringify(elsewhere)))).toBe(`desk.json does not hold together: at publications[0].claimId, no claim in the file has the id ${FIXTURE_IDS.article}.`);
    const twice = workspaceFixture();
    twice.publications.push({ ...twice.publications[0]!, id: FIXTURE_IDS.leftOut.replace(/c1$/, "e2") });
    expect(refusal(read(JSON.stringify(twice)))).toMatch(/at publications\[1\]\.claimId, the claim .* has a second publication/);
    const javascript = workspaceFixture();
    javascript.workspace.publicBaseUrl = "javascript:alert(1)";
    expect(refusal(read(JSON.stringify(javascript)))).toMatch(/at workspace\.publicBaseUrl, /);
  });

  it("refuses a captured original that is not the one its sha256 and size describe", () => {
    const changed = workspaceFixture();
    const bytes = Buffer.from(changed.captures[0]!.bytes!, "base64");
    bytes[20] = bytes[20]! ^ 1;
    changed.captures[0]!.bytes = bytes.toString("base64");
    expect(refusal(read(JSON.stringify(changed)))).toBe("desk.json does not hold together: at captures[0].bytes, the original's SHA-256 is not the sha256 the file states: it was changed or damaged since it was exported.");
    const cut = workspaceFixture();
    cut.captures[0]!.bytes = Buffer.from(cut.captures[0]!.bytes!, "base64").subarray(0, 100).toString("base64");
    expect(refusal(read(JSON.stringify(cut)))).toMatch(/at captures\[0\]\.bytes, the original holds 100 bytes where byteSize says 130/);
    const notBase64 = workspaceFixture();
    notBase64.captures[0]!.bytes = "<script>alert(1)</script>";
    expect(refusal(read(JSON.stringify(notBase64)))).toMatch(/at captures\[0\]\.bytes, The original's bytes are base64/);
    const half = workspaceFixture();
    delete half.captures[0]!.body;
    expect(refusal(read(JSON.stringify(half)))).toMatch(/at captures\[0\]\.bytes, A capture carries its original's bytes and body together/);
  });

  it("refuses a claim citing a capture the file lacks, or a capture of another article", () => {
    const missing = workspaceFixture();
    missing.claims[1]!.captureId = FIXTURE_IDS.source;
    expect(refusal(read(JSON.stringify(missing)))).toBe(`desk.json does not hold together: at claims[1].captureId, no capture in the file has the id ${FIXTURE_IDS.source}.`);
    const elsewhere = workspaceFixture();
    elsewhere.claims[1]!.captureId = FIXTURE_IDS.capture;
    expect(refusal(read(JSON.stringify(elsewhere)))).toMatch(/at claims\[1\]\.captureId, the capture .* is of another article than the claim's/);
    const javascript = workspaceFixture();
    javascript.captures[0]!.finalUrl = "javascript:alert(1)";
    expect(refusal(read(JSON.stringify(javascript)))).toMatch(/at captures\[0\]\.finalUrl, Only web addresses starting with http/);
  });

  it("reads a version 1 export, whose sources had no fact-check fields, as sources that are no fact-check", () => {
    const FACT_CHECK_FIELDS = ["claimReviewed", "claimant", "publisherSite", "language", "ratingLabel", "ratingValue", "ratingBest", "ratingWorst", "ratingLevelId"];
    const current = workspaceFixture();
    const older = { ...current, schemaVersion: 1, sources: current.sources.map((source) => Object.fromEntries(Object.entries(source).filter(([key]) => !FACT_CHECK_FIELDS.includes(key)))) };
    const result = read(JSON.stringify(older));
    expect(result.ok, refusal(result)).toBe(true);
    const sources = (result as { document: ReturnType<typeof workspaceFixture> }).document.sources;
    expect(sources.map((source) => [source.title, source.claimReviewed, source.ratingLabel, source.ratingLevelId, source.language])).toEqual(
      current.sources.map((source) => [source.title, null, null, null, null]),
    );
    // A version 2 file must say all of it: a fact-check field left out is named.
    const { ratingLabel: _left, ...partial } = current.sources[1]!;
    expect(refusal(read(JSON.stringify({ ...current, sources: [current.sources[0], partial] })))).toMatch(/at sources\[1\]\.ratingLabel, /);
  });

  it("names the path of the first value that fails validation", () => {
    const doc = workspaceFixture();
    (doc.claims[1] as { status: string }).status = "MAYBE";
    expect(refusal(read(JSON.stringify(doc)))).toMatch(/^desk\.json does not match the workspace export format: at claims\[1\]\.status, /);
    expect(refusal(read(JSON.stringify({ ...workspaceFixture(), extra: 1 })))).toMatch(/at the top level, Unrecognized key: "extra"/);
  });

  it("refuses an article whose text is over the limit of an article's text, naming both", () => {
    const doc = workspaceFixture();
    doc.articles[0]!.body = "x".repeat(3_000_000);
    expect(refusal(read(JSON.stringify(doc)))).toBe(
      "desk.json does not match the workspace export format: at articles[0].body, The text has 3,000,000 characters, over the limit of 2,000,000 characters for one article.",
    );
  });

  it("refuses a document whose rows name rows it does not hold", () => {
    const doc = workspaceFixture();
    doc.evidence[0]!.sourceId = FIXTURE_IDS.claim;
    expect(refusal(read(JSON.stringify(doc)))).toBe(`desk.json does not hold together: at evidence[0].sourceId, no source in the file has the id ${FIXTURE_IDS.claim}.`);
    const unknownLevel = workspaceFixture();
    unknownLevel.sources[1]!.ratingLevelId = FIXTURE_IDS.claim;
    expect(refusal(read(JSON.stringify(unknownLevel)))).toBe(`desk.json does not hold together: at sources[1].ratingLevelId, no rating level in the file has the id ${FIXTURE_IDS.claim}.`);
    const unknownPerson = workspaceFixture();
    unknownPerson.verdicts[1]!.reviewer = "ghost@example.org";
    expect(refusal(read(JSON.stringify(unknownPerson)))).toMatch(/at verdicts\[1\]\.reviewer, ghost@example\.org is not listed in people/);
    const twice = workspaceFixture();
    twice.claims[1]!.id = FIXTURE_IDS.claim;
    expect(refusal(read(JSON.stringify(twice)))).toMatch(/at claims\[1\]\.id, the id .* is used twice/);
  });

  it("sees where text stops early", () => {
    expect(endsEarly('{"a": [1, 2')).toBe(true);
    expect(endsEarly('{"a": "b\\"')).toBe(true);
    expect(endsEarly('{"a": "}]"}')).toBe(false);
    expect(endsEarly('{"a": 1}}')).toBe(false);
  });
});
