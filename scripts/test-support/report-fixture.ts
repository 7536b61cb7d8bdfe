// A small but rich report model from the demo corpus (seeds/corpus, seeds/demo-content.ts) for the export
// writers' tests and golden files. Quotes, prefixes, suffixes and offsets are those describeSpan gives on
// the cleaned seed bodies. What the demo does not have is made up here and marked so: article 000's URL,
// the external sources (example.org domains), the Arabic statement, the orphaned anchor and the verdicts on
// great-britain.
//
// The five claims cover what each format must get right:
// - territory-lost: resolved Mixed while the two reviewers disagree (Mostly true vs False), evidence both ways;
// - population: resolved Unverifiable, a rating without an ordinal;
// - kobani-executions: in review, a figure range (tens of people = 20–100);
// - deir-ezzor-executions: open, Arabic claimant, statement and tag;
// - great-britain: orphaned (the body changed after marking), disputed, evidence without any URL.
// ARABIC_QUOTE_CLAIM, kept apart from those five, is quoted from a made-up Arabic article (see there).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_RATING_SCALE } from "@/lib/domain/rating-scale";
import { claimPageUrl, summarizeClaims, type ReportArticle, type ReportClaim, type ReportPerson, type ReportSummary, type ReportWorkspace } from "@/lib/domain/report-model";

const BASE_URL = "https://claimbench.example";
const SLUG = "isis-decline";

const RANIA: ReportPerson = { name: "Rania Reviewer", email: "reviewer1@example.org" };
const RAFAEL: ReportPerson = { name: "Rafael Reviewer", email: "reviewer2@example.org" };
const EDWARD: ReportPerson = { name: "Edward Editor", email: "editor@example.org" };

export const FIXTURE_WORKSPACE: ReportWorkspace = {
  slug: SLUG,
  name: "ISIS decline 2015–2017",
  organizationName: "Claimbench demo desk",
  baseUrl: BASE_URL,
  exportUrl: `${BASE_URL}/api/v1/w/${SLUG}/exports/w3c`,
  exportedAt: "2024-06-01T09:30:00.000Z",
  scale: DEFAULT_RATING_SCALE.map((level, position) => ({ ...level, position })),
  reviewers: [RANIA, RAFAEL],
};

const ARTICLES = {
  "000": { id: "01900000-0000-7000-8000-000000000000", title: "How the Islamic State ends: scrambling for Deir al-Zour", url: "https://news.example.org/2017/08/how-the-islamic-state-ends", publisher: "The New Arab", author: null, publishedAt: "2017-08-03T00:00:00.000Z" },
  "002": { id: "01900000-0000-7000-8000-000000000002", title: "ISIS: No Longer Everlasting, Ever Growing", url: null, publisher: null, author: null, publishedAt: null },
  "003": { id: "01900000-0000-7000-8000-000000000003", title: "What happened to ISIS after the raids of the international Alliance?", url: null, publisher: "Deir Ezzor 24", author: "Editorial Board", publishedAt: null },
  "004": { id: "01900000-0000-7000-8000-000000000004", title: "The End of the Caliphate", url: null, publisher: null, author: null, publishedAt: "2016-07-13T00:00:00.000Z" },
} satisfies Record<string, ReportArticle>;

function articleSource(key: keyof typeof ARTICLES) {
  const article = ARTICLES[key];
  return { title: article.title, url: article.url, publisher: article.publisher, publishedAt: article.publishedAt, archivedUrl: null, kind: "ARTICLE" as const, articleId: article.id };
}

function claimId(n: number): string {
  return `01900000-0000-7000-8000-0000000001${String(n).padStart(2, "0")}`;
}

const territoryLost: ReportClaim = {
  id: claimId(1),
  url: claimPageUrl(BASE_URL, SLUG, claimId(1)),
  article: ARTICLES["004"],
  quote: { exact: "Recent advances by the Iraqi government and Syrian Kurds have cost ISIS 12 percent of their territory", prefix: 'caliphate . . . is wiped out."\n\n', suffix: ", and it seems the Iraqis are on", start: 1922, end: 2023 },
  anchorStatus: "EXACT",
  statement: "Iraqi and Kurdish advances cost ISIS 12 percent of its territory by mid-2016",
  claimant: "Blog author",
  claimDate: null,
  figure: { value: 12, unit: "percent", qualifier: null, low: null, high: null, counted: "territory" },
  tags: ["territory"],
  status: "RESOLVED",
  finalRating: { label: "Mixed", ordinal: 3 },
  resolutionNote: "The 12 percent is the article's own, dated figure, but the reader's objection is credible: the places retaken by then were small.\nRated Mixed until a map-based estimate is found.",
  resolvedAt: "2024-05-20T14:05:00.000Z",
  createdAt: "2024-05-02T10:00:00.000Z",
  createdBy: RANIA,
  verdicts: [
    { reviewer: RANIA, rating: { label: "False", ordinal: 1 }, rationale: "The reader's comment points out that the areas retaken were small; 12 percent looks too high for them.", at: "2024-05-11T09:12:00.000Z" },
    { reviewer: RAFAEL, rating: { label: "Mostly true", ordinal: 4 }, rationale: "The article's figure is specific and dated; nothing in the workspace gives a different share.", at: "2024-05-10T16:40:00.000Z" },
  ],
  evidence: [
    { stance: "CONTRADICTS", excerpt: "-That sounds high. Fallujah, Qayyarah airbase, and the area around Manbij don't hold that much territory.", note: "A reader disputes the 12 percent: the places retaken by then were small.", source: articleSource("004") },
    // Made up for the fixture: an external dataset with an archived copy.
    { stance: "SUPPORTS", excerpt: "Territory held, change January–June 2016: −12%", note: null, source: { title: "Territorial control, first half of 2016", url: "https://data.example.org/conflict-monitor/2016-h1", publisher: "Conflict Monitor (example)", publishedAt: "2016-07-10T00:00:00.000Z", archivedUrl: "https://archive.example.org/2016/data.example.org/conflict-monitor/2016-h1", kind: "DATASET", articleId: null } },
  ],
  lastChange: { at: "2024-05-20T14:05:00.000Z", by: EDWARD },
};

const population: ReportClaim = {
  id: claimId(2),
  url: claimPageUrl(BASE_URL, SLUG, claimId(2)),
  article: ARTICLES["000"],
  quote: { exact: "IS commanded over a population of around 12 million people", prefix: "nisation.\n\nAt its peak in 2014, ", suffix: " - roughly the same size as Zimb", start: 1211, end: 1269 },
  anchorStatus: "EXACT",
  statement: "At its 2014 peak IS ruled about 12 million people",
  claimant: "The New Arab",
  claimDate: "2017-08-03T00:00:00.000Z",
  figure: { value: 12_000_000, unit: "count", qualifier: "about", low: null, high: null, counted: "people" },
  tags: ["population", "territory"],
  status: "RESOLVED",
  finalRating: { label: "Unverifiable", ordinal: null },
  resolutionNote: 'No census or source for the "12 million" is given in any article here.',
  resolvedAt: "2024-05-21T08:00:00.000Z",
  createdAt: "2024-05-02T10:20:00.000Z",
  createdBy: RANIA,
  verdicts: [
    { reviewer: RAFAEL, rating: { label: "Unverifiable", ordinal: null }, rationale: "No census or source for the 12 million is given in any article here.", at: "2024-05-12T11:00:00.000Z" },
    { reviewer: RANIA, rating: { label: "Mostly true", ordinal: 4 }, rationale: "Plausible for the territory described (about the size of Great Britain), but the population figure is not sourced.", at: "2024-05-11T10:00:00.000Z" },
  ],
  evidence: [
    { stance: "CONTEXT", excerpt: "a combined territory roughly the size of Great Britain", note: "Size of the territory at the same time; population density would have to be checked.", source: articleSource("004") },
  ],
  lastChange: { at: "2024-05-21T08:00:00.000Z", by: EDWARD },
};

const kobaniExecutions: ReportClaim = {
  id: claimId(3),
  url: claimPageUrl(BASE_URL, SLUG, claimId(3)),
  article: ARTICLES["002"],
  quote: { exact: "ISIS executed tens of people during and after their retreat", prefix: ' from Aleppo countryside said: "', suffix: " in order to cover up for their ", start: 4038, end: 4097 },
  anchorStatus: "EXACT",
  statement: "ISIS executed tens of people around its retreat from Kobani",
  claimant: "Hasan Abu Abdul Karim",
  claimDate: null,
  figure: { value: 60, unit: "count", qualifier: null, low: 20, high: 100, counted: "people" },
  tags: ["executions"],
  status: "IN_REVIEW",
  finalRating: null,
  resolutionNote: null,
  resolvedAt: null,
  createdAt: "2024-05-03T09:00:00.000Z",
  createdBy: RANIA,
  verdicts: [
    { reviewer: RAFAEL, rating: { label: "Mostly true", ordinal: 4 }, rationale: "Deir Ezzor 24 reports mass executions in the same months.", at: "2024-05-13T15:30:00.000Z" },
  ],
  evidence: [
    { stance: "SUPPORTS", excerpt: "The number of executions in the Deir Ezzor region has reached at least 100 executions", note: "Another local source reports mass executions in the same period.", source: articleSource("003") },
  ],
  lastChange: { at: "2024-05-13T15:30:00.000Z", by: RAFAEL },
};

const deirEzzorExecutions: ReportClaim = {
  id: claimId(4),
  url: claimPageUrl(BASE_URL, SLUG, claimId(4)),
  article: ARTICLES["003"],
  quote: { exact: "The number of executions in the Deir Ezzor region has reached at least 100 executions", prefix: "mics in favour of the settlors. ", suffix: ". The means of such executions u", start: 700, end: 785 },
  anchorStatus: "EXACT",
  // Made up for the fixture: a statement written in Arabic; the claimant is the outlet's Arabic name from the article's footer.
  statement: "نفّذ تنظيم داعش ما لا يقل عن 100 إعدام في منطقة دير الزور خلال أربعة أشهر",
  claimant: "ديرالزور24",
  claimDate: null,
  figure: { value: 100, unit: "count", qualifier: "at least", low: null, high: null, counted: "executions" },
  tags: ["executions", "دير الزور"],
  status: "OPEN",
  finalRating: null,
  resolutionNote: null,
  resolvedAt: null,
  createdAt: "2024-05-04T12:00:00.000Z",
  createdBy: RAFAEL,
  verdicts: [],
  evidence: [],
  lastChange: { at: "2024-05-04T12:00:00.000Z", by: RAFAEL },
};

const greatBritain: ReportClaim = {
  id: claimId(5),
  url: claimPageUrl(BASE_URL, SLUG, claimId(5)),
  article: ARTICLES["004"],
  // Made up for the fixture: the article was re-imported with this sentence rewritten, so re-anchoring failed.
  quote: { exact: "a combined territory roughly the size of Great Britain", prefix: "h of northern and western Iraq, ", suffix: '.\n\nThe editorial, titled, "The C', start: 688, end: 742 },
  anchorStatus: "ORPHANED",
  statement: "In 2014 the caliphate covered roughly the area of Great Britain",
  claimant: "Blog author",
  claimDate: null,
  figure: null,
  tags: ["territory"],
  status: "DISPUTED",
  finalRating: null,
  resolutionNote: null,
  resolvedAt: null,
  createdAt: "2024-05-05T08:45:00.000Z",
  createdBy: null,
  verdicts: [
    { reviewer: RANIA, rating: { label: "True", ordinal: 5 }, rationale: "Commonly cited comparison for the 2014 extent; the article states it plainly.", at: "2024-05-15T10:00:00.000Z" },
    { reviewer: RAFAEL, rating: { label: "Mostly false", ordinal: 2 }, rationale: "Most of the area was desert the group did not control; the comparison *overstates* it.", at: "2024-05-14T17:20:00.000Z" },
  ],
  evidence: [
    // Made up for the fixture: desk notes, a source with no URL at all.
    { stance: "CONTEXT", excerpt: "Estimates of the area held in 2014 vary widely between sources.", note: null, source: { title: "Area comparison worksheet", url: null, publisher: "Claimbench demo desk", publishedAt: null, archivedUrl: null, kind: "DOCUMENT", articleId: null } },
  ],
  lastChange: { at: "2024-05-15T10:00:00.000Z", by: RANIA },
};

/**
 * Made up for the PDF report's tests (not in FIXTURE_CLAIMS, so the other formats' goldens stay as they
 * are): a claim quoted from an Arabic article, with Arabic evidence, source and rationale, so a writer's
 * right-to-left text (quote in context, excerpt, publisher, a ligature such as lam-alef) can be checked.
 */
export const ARABIC_QUOTE_CLAIM: ReportClaim = {
  id: claimId(6),
  url: claimPageUrl(BASE_URL, SLUG, claimId(6)),
  article: { id: "01900000-0000-7000-8000-000000000005", title: "حصاد ستة أشهر من الإعدامات في دير الزور", url: "https://deirezzor24.example.org/2015/06/executions", publisher: "ديرالزور24", author: null, publishedAt: "2015-06-30T00:00:00.000Z" },
  quote: { exact: "وثّقت الشبكة 150 حالة إعدام نفذها التنظيم في المحافظة خلال ستة أشهر", prefix: "وبحسب إحصاءات المكتب الإعلامي، ", suffix: "، بينهم نساء وأطفال.", start: 212, end: 279 },
  anchorStatus: "EXACT",
  statement: "ISIS carried out 150 executions in Deir Ezzor province in the first half of 2015",
  claimant: "ديرالزور24",
  claimDate: "2015-06-30T00:00:00.000Z",
  figure: { value: 150, unit: "count", qualifier: null, low: null, high: null, counted: "executions" },
  tags: ["executions", "دير الزور"],
  status: "RESOLVED",
  finalRating: { label: "Mostly true", ordinal: 4 },
  resolutionNote: "The monitor's tally for the same months is 147; the network's count is close enough.",
  resolvedAt: "2024-05-22T09:00:00.000Z",
  createdAt: "2024-05-06T09:00:00.000Z",
  createdBy: RAFAEL,
  verdicts: [
    { reviewer: RAFAEL, rating: { label: "Mostly true", ordinal: 4 }, rationale: "الرقم قريب من إحصاء المرصد للفترة نفسها، والفارق لا يغيّر الخلاصة.", at: "2024-05-16T10:00:00.000Z" },
    { reviewer: RANIA, rating: { label: "Mostly true", ordinal: 4 }, rationale: "Matches the monitor's half-year report within three cases.", at: "2024-05-15T12:00:00.000Z" },
  ],
  evidence: [
    { stance: "SUPPORTS", excerpt: "أحصى المرصد 147 حالة إعدام في محافظة دير الزور بين كانون الثاني وحزيران 2015", note: "ثلاث حالات أقل من رقم الشبكة.", source: { title: "تقرير الإعدامات نصف السنوي", url: "https://monitor.example.org/ar/2015/executions-h1", publisher: "المرصد السوري (مثال)", publishedAt: "2015-07-05T00:00:00.000Z", archivedUrl: null, kind: "DOCUMENT", articleId: null } },
  ],
  lastChange: { at: "2024-05-22T09:00:00.000Z", by: EDWARD },
};

export const FIXTURE_CLAIMS: readonly ReportClaim[] = [territoryLost, population, kobaniExecutions, deirEzzorExecutions, greatBritain];

export const FIXTURE_SUMMARY: ReportSummary = summarizeClaims(FIXTURE_WORKSPACE.scale, FIXTURE_CLAIMS, [
  { claimId: greatBritain.id, statement: greatBritain.statement, url: greatBritain.url, kinds: ["ratings"] },
]);

/** The claims as the data layer hands them over: an async iterable, one at a time. */
export async function* streamClaims(claims: readonly ReportClaim[] = FIXTURE_CLAIMS): AsyncGenerator<ReportClaim> {
  for (const claim of claims) yield claim;
}

/**
 * `count` claims made from the fixture's, with `pulled()` telling how many the consumer has taken so far:
 * what the streaming tests use to see that a writer yields output before it has read all its input.
 */
export function countingClaims(count: number): { claims: AsyncIterable<ReportClaim>; pulled: () => number } {
  let pulled = 0;
  async function* generate(): AsyncGenerator<ReportClaim> {
    for (let i = 0; i < count; i += 1) {
      const base = FIXTURE_CLAIMS[i % FIXTURE_CLAIMS.length] ?? territoryLost;
      pulled += 1;
      yield { ...base, id: `generated-${i}`, url: claimPageUrl(BASE_URL, SLUG, `generated-${i}`), status: "RESOLVED", finalRating: base.finalRating ?? { label: "True", ordinal: 5 }, resolvedAt: base.resolvedAt ?? base.createdAt };
    }
  }
  return { claims: generate(), pulled: () => pulled };
}

/** Everything an async generator yields, joined: for tests and golden files only (a route streams instead). */
export async function collect(chunks: AsyncIterable<string>): Promise<string> {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

/**
 * The golden file's text, for byte-for-byte comparison. With UPDATE_GOLDEN=1 the file is (re)written from
 * `actual` first: do that once, read the diff by eye, commit it. Test support only (the one I/O here).
 */
export function readGolden(name: string, actual: string): string {
  // The golden files stay beside the writers' tests that compare with them.
  const file = path.join(import.meta.dirname, "../../lib/formats/__golden__", name);
  if (process.env.UPDATE_GOLDEN === "1") {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file)) throw new Error(`Golden file ${file} is missing: run the test once with UPDATE_GOLDEN=1 and check it by eye.`);
  return readFileSync(file, "utf8");
}
