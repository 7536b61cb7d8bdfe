import { randomBytes } from "node:crypto";
import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { validateClaimReview } from "@/lib/formats/claimreview-export";
import { slugifyName } from "@/lib/formats/export-file-name";
import { formatViolation } from "@/lib/formats/w3c-annotation-rules";
import { validateAnnotationCollection } from "@test-support/w3c-annotation-validate";
import { EXPORT_FORMAT_IDS, type ExportScope } from "@/lib/schemas/export";
import { seedDemoActivity } from "@/seeds/demo-activity";
import { seedWorkspace } from "@/seeds/seed-workspace";
import { getDb } from "@/lib/db/client";
import { streamExport } from "@/lib/workflows/export/exports";
import { getReportAccess, streamReportClaims } from "@/lib/data/reports/report-data";

type Json = Record<string, unknown>;
const BASE = "https://claimbench.test";

interface Seeded {
  slug: string;
  workspaceId: string;
  users: Record<"owner" | "editor" | "reviewer1" | "reviewer2" | "reviewer3" | "viewer", { id: string }>;
}
let seeded: Seeded;

beforeAll(async () => {
  const id = randomBytes(4).toString("hex");
  const people = (["owner", "editor", "reviewer1", "reviewer2", "reviewer3", "viewer"] as const).map((key) => ({
    key,
    email: `${key}-${id}@exports.example.org`,
    name: `${key} ${id}`,
    role: key === "owner" ? "OWNER" as const : key === "editor" ? "EDITOR" as const : key === "viewer" ? "VIEWER" as const : "REVIEWER" as const,
    password: "test-password",
  }));
  const slug = `exports-${id}`;
  const report = await seedWorkspace({ slug, name: `Exports ${id}`, organizationName: "Exports test desk", users: people, withCorpus: true });
  const users = Object.fromEntries(people.map((p) => [p.key, { id: report.userIds[p.email]! }])) as Seeded["users"];
  await seedDemoActivity(slug, users);
  seeded = { slug, workspaceId: report.workspaceId, users };
}, 120_000);

async function exportText(format: (typeof EXPORT_FORMAT_IDS)[number], scope: Partial<ExportScope> = {}, actor = seeded.users.editor) {
  const file = await streamExport({ actor, slug: seeded.slug, format, scope, baseUrl: BASE });
  return { ...file, text: await new Response(file.body).text() };
}

const claimCount = (where: object = {}) => getDb().claim.count({ where: { workspaceId: seeded.workspaceId, ...where } });

describe("streamExport from the database", () => {
  it("writes a CSV with one row per claim, with verdicts, evidence counts and the last change", async () => {
    const { text, contentType, filename } = await exportText("csv");
    expect(contentType).toMatch(/^text\/csv/);
    expect(filename).toMatch(new RegExp(`^${seeded.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(await claimCount());
    const header = Object.keys(rows[0]!);
    expect(header).toContain("Rating: reviewer1 " + seeded.slug.slice(8));
    const territory = rows.find((row) => row.Statement!.startsWith("Iraqi and Kurdish advances"))!;
    expect(territory["Contradicting evidence"]).toBe("1");
    expect(territory[`Rating: reviewer1 ${seeded.slug.slice(8)}`]).toBe("False");
    expect(territory[`Rating: reviewer2 ${seeded.slug.slice(8)}`]).toBe("Mostly true");
    expect(territory["Changed by"]).not.toBe("");
    const yazidi = rows.find((row) => row.Statement!.startsWith("Nearly 3,000 Yazidi"))!;
    expect(yazidi.Status).toBe("Resolved");
    expect(yazidi["Final rating"]).toBe("Mostly true");
    // Times are UTC as stored, whatever the server's time zone (pg would read them as local time).
    const stored = await getDb().claim.findFirstOrThrow({ where: { workspaceId: seeded.workspaceId, statement: yazidi.Statement! }, select: { resolvedAt: true } });
    expect(yazidi["Resolved at"]).toBe(stored.resolvedAt!.toISOString());
  });

  it("writes a W3C collection, page and annotations that break no MUST of the Web Annotation Data Model", async () => {
    const { text } = await exportText("w3c");
    const collection = JSON.parse(text) as Json;
    const items = (collection.first as { items: Json[] }).items;
    expect(items).toHaveLength(await claimCount());
    expect(collection.total).toBe(items.length);
    // The collection's validation walks its embedded page and every annotation in it.
    expect(validateAnnotationCollection(collection).map(formatViolation)).toEqual([]);
    const withEvidence = items.filter((item) => (item.body as Json[]).some((body) => body.purpose === "linking"));
    expect(withEvidence.length).toBeGreaterThan(0);
  });

  it("writes a ClaimReview for each resolved claim with every required property and ratingValue within worst..best", async () => {
    const { text } = await exportText("claimreview");
    const reviews = JSON.parse(text) as Json[];
    expect(reviews).toHaveLength(await claimCount({ status: "RESOLVED" }));
    expect(reviews.length).toBeGreaterThan(0);
    for (const review of reviews) {
      expect(validateClaimReview(review).filter((problem) => problem.level === "required")).toEqual([]);
      const rating = review.reviewRating as { ratingValue?: number; worstRating?: number; bestRating?: number };
      if (rating.ratingValue !== undefined) {
        expect(rating.ratingValue).toBeGreaterThanOrEqual(rating.worstRating!);
        expect(rating.ratingValue).toBeLessThanOrEqual(rating.bestRating!);
      }
      expect(review.author).toEqual({ "@type": "Organization", name: "Exports test desk" });
    }
  });

  it("writes a Markdown report with the summary and every claim", async () => {
    const { text } = await exportText("markdown");
    expect(text).toContain("## Summary");
    expect(text).toContain(`${await claimCount()} claims.`);
    expect(text).toContain("Iraqi and Kurdish advances cost ISIS 12 percent");
    expect(text.match(/^### \d+\. /gm)).toHaveLength(await claimCount());
  });
});

describe("export scopes", () => {
  it("exports one article's claims only", async () => {
    const article = await getDb().article.findFirstOrThrow({ where: { workspaceId: seeded.workspaceId, claims: { some: {} } }, select: { id: true, title: true } });
    const { text, filename } = await exportText("csv", { article: article.id });
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(await claimCount({ articleId: article.id }));
    expect(rows.every((row) => row.Article === article.title)).toBe(true);
    // Named after the article, not its id.
    expect(filename).toMatch(new RegExp(`^${slugifyName(article.title)}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
    expect(filename).not.toContain(article.id.slice(0, 8));
  });

  it("exports the claims list's filter: status and tag", async () => {
    const { text } = await exportText("csv", { status: "RESOLVED" });
    const rows = parse(text, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((row) => row.Status)).toEqual(["Resolved", "Resolved"]);
    const tagged = parse((await exportText("csv", { tag: "oil" })).text, { bom: true, columns: true }) as Record<string, string>[];
    expect(tagged).toHaveLength(await claimCount({ tags: { has: "oil" } }));
    expect(tagged.every((row) => row.Tags!.split(", ").includes("oil"))).toBe(true);
  });

  it("reads a workspace bigger than one batch in several keyset batches, each claim once, in order", async () => {
    const access = await getReportAccess({ actor: seeded.users.viewer, slug: seeded.slug });
    const batches: number[] = [];
    const ids: string[] = [];
    for await (const claim of streamReportClaims({ access, scope: {}, baseUrl: BASE, batchSize: 3, onBatch: (done) => void batches.push(done) })) ids.push(claim.id);
    const total = await claimCount();
    expect(new Set(ids).size).toBe(total);
    expect(batches).toEqual(Array.from({ length: Math.ceil(total / 3) }, (_, n) => Math.min((n + 1) * 3, total)));
  });
});

describe("who may export what", () => {
  it("hides other reviewers' verdicts from a reviewer under blind review until they rated the claim", async () => {
    const rows = (actor: { id: string }) => exportText("csv", {}, actor).then(({ text }) => parse(text, { bom: true, columns: true }) as Record<string, string>[]);
    const suffix = seeded.slug.slice(8);
    const forNewcomer = await rows(seeded.users.reviewer3);
    const population = (list: Record<string, string>[]) => list.find((row) => row.Statement!.startsWith("At its 2014 peak"))!;
    expect(population(forNewcomer)[`Rating: reviewer1 ${suffix}`]).toBe("");
    expect(population(forNewcomer)[`Rating: reviewer2 ${suffix}`]).toBe("");
    // reviewer1 rated it, so sees reviewer2's rating; a viewer sees both.
    expect(population(await rows(seeded.users.reviewer1))[`Rating: reviewer2 ${suffix}`]).toBe("Unverifiable");
    expect(population(await rows(seeded.users.viewer))[`Rating: reviewer1 ${suffix}`]).toBe("Mostly true");
  });

  it("refuses someone who is not a member as if the workspace did not exist", async () => {
    const stranger = await getDb().user.create({ data: { email: `stranger-${randomBytes(4).toString("hex")}@x.example.org`, name: "Stranger", passwordHash: "x" }, select: { id: true } });
    await expect(streamExport({ actor: stranger, slug: seeded.slug, format: "csv", scope: {}, baseUrl: BASE })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
