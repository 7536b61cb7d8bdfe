// Test fixtures for the API: a workspace with a member of every role and a token for each, and for
// every route of lib/server/api/routes.ts a valid request on fresh records. The authorisation matrix, the
// property tests and the contract test all start from these. Integration tests only.
import { randomBytes } from "node:crypto";
import type { Role } from "@/lib/domain/roles";
import { createJob } from "@/lib/data/jobs/jobs";
import { createInvitation } from "@/lib/data/workspaces/invitations";
import {
  addTestMember, assignTestClaim, createSpanClaim, createTestApiToken, createTestArticle, createTestClaim, createTestEvidence, createTestJobFile, createTestSource,
  createTestWorkspace, ratingIds,
} from "./data";
import { createTestCapturedArticle } from "./captures";
import { getDb } from "@/lib/db/client";
import { encode } from "next-auth/jwt";
import { newsPage, startLocalSite, type LocalSite } from "./local-site";
import { apiRoute, type RouteId } from "@/lib/server/api/routes";
import { createTestPendingChange, importTestPage } from "./source-checks";
import { createLinkedTestClaims } from "./claim-links";
import { publishTestFactCheck } from "./publications";
import { createResolvedTestClaim } from "./publishing";

export const PRINCIPALS = ["none", "viewer", "reviewer", "editor", "owner", "other-workspace", "revoked", "read-only"] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

export interface ApiWorkspace {
  id: string;
  slug: string;
  users: Record<Role, { id: string }>;
  tokens: Record<PrincipalName, string | undefined>;
  ratings: Record<string, string>;
}

export async function createApiWorkspace(): Promise<ApiWorkspace> {
  const { workspace, users } = await createTestWorkspace();
  const other = await createTestWorkspace(["OWNER"]);
  const token = (userId: string, extra: { readOnly?: boolean; revoked?: boolean } = {}) => createTestApiToken({ workspaceId: workspace.id, userId, ...extra });
  const tokens: Record<PrincipalName, string | undefined> = {
    none: undefined,
    viewer: await token(users.VIEWER.id),
    reviewer: await token(users.REVIEWER.id),
    editor: await token(users.EDITOR.id),
    owner: await token(users.OWNER.id),
    "other-workspace": await createTestApiToken({ workspaceId: other.workspace.id, userId: other.users.OWNER.id }),
    revoked: await token(users.OWNER.id, { revoked: true }),
    "read-only": await token(users.OWNER.id, { readOnly: true }),
  };
  return { id: workspace.id, slug: workspace.slug, users, tokens, ratings: await ratingIds(workspace.id) };
}

/**
 * How the owner calls a route: with their token, or for a route about the account (no workspace, which
 * tokens may not call) with a session cookie as next-auth signs it (a new user's sessions are at 0).
 */
export async function ownerCredentials(w: ApiWorkspace, id: RouteId): Promise<{ token?: string; headers?: Record<string, string> }> {
  if (!("account" in apiRoute(id))) return { token: w.tokens.owner };
  process.env.NEXTAUTH_SECRET ||= "a-test-secret-for-session-tokens-only";
  const cookie = `next-auth.session-token=${await encode({ token: { sub: w.users.OWNER.id, sv: 0 }, secret: process.env.NEXTAUTH_SECRET })}`;
  return { headers: { cookie } };
}

/** A token of a new reviewer of the workspace, for tests that need many different reviewers. */
export async function addReviewerToken(w: ApiWorkspace, name: string): Promise<string> {
  const user = await addTestMember(w.id, "REVIEWER", name);
  return createTestApiToken({ workspaceId: w.id, userId: user.id });
}

export interface Request {
  method: string;
  url: string;
  body?: unknown;
  /** A multipart form instead of a JSON body (uploads). */
  multipart?: Multipart;
  headers?: Record<string, string>;
  /** A token of the scenario's own, used instead of the principal's (a caller that leaves must not spend theirs). */
  token?: string;
  /** A stream that stays open (the events): its first bytes are read, then it is ended. */
  firstBytesOnly?: boolean;
}

export interface Multipart {
  files: { field?: string; name: string; content: string }[];
  fields?: Record<string, string>;
}

/** The member a principal acts as (tokens without a role of their own act as the owner). */
export function userOf(w: ApiWorkspace, as: PrincipalName = "owner"): { id: string } {
  const role = ({ viewer: "VIEWER", reviewer: "REVIEWER", editor: "EDITOR" } as const)[as as "viewer"] ?? "OWNER";
  return w.users[role];
}

/** A comment written straight into the database (any role, for scenarios that need one of a given author). */
export function createTestComment(w: ApiWorkspace, claimId: string, authorId: string, body = "A first look at the figure.") {
  return getDb().comment.create({ data: { workspaceId: w.id, claimId, authorId, body }, select: { id: true, claimId: true, version: true } });
}

/** An article file as the import page takes it, with a text no other test uses. */
export const articleFile = () => ({ name: `report-${unique()}.txt`, content: `Report ${unique()}\n\n${BODY(unique())}\n` });

/** A ClaimReview JSON-LD document of one fact-check at an address no other test uses. */
export const claimReviewDocument = (claimReviewed = "IS ruled 12 million people") => ({
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  url: `https://factcheck.example/${unique()}`,
  claimReviewed,
  author: { "@type": "Organization", name: "Fact Desk" },
  datePublished: "2017-08-03",
  reviewRating: { ratingValue: 2, bestRating: 5, worstRating: 1, alternateName: "Mostly false" },
});

/** A news page as the clip bookmarklet hands it over, at an address and with a text no other test uses. */
export const clippedPage = (selection?: string) => {
  const tag = unique();
  return {
    url: `https://news.example/clipped/${tag}`,
    title: `Clipped ${tag}`,
    html: `<!doctype html><html lang="en"><head><title>Clipped ${tag}</title></head><body><article><h1>Clipped ${tag}</h1><p>${BODY(tag)}</p></article></body></html>`,
    ...(selection === undefined ? {} : { selection }),
  };
};

const unique = () => randomBytes(6).toString("hex");

let site: Promise<LocalSite> | undefined;
/** The local site every scenario shares (started on first use, and allowed to be fetched): news pages, and fact-checks as JSON-LD. */
const sharedSite = () =>
  (site ??= startLocalSite({}, (path) => {
    if (path.startsWith("/news/")) return { body: newsPage(path.slice("/news/".length)) };
    if (path.startsWith("/fact-checks/")) return { contentType: "application/ld+json", body: JSON.stringify(claimReviewDocument()) };
    return null;
  }));

/** A page that no other call imports. */
export async function freshPageUrl(): Promise<string> {
  return (await sharedSite()).url(`/news/${unique()}`);
}

/** An address answering a ClaimReview JSON-LD document of a fact-check no other call imports. */
export async function freshClaimReviewUrl(): Promise<string> {
  return (await sharedSite()).url(`/fact-checks/${unique()}`);
}
const BODY = (tag: string) => `About 12 million people lived under the group's rule in ${tag}. Officials said 40 percent had left.`;

/** A claim marked by the reviewer (so that the reviewer may edit it), on an article of its own. */
async function reviewerClaim(w: ApiWorkspace) {
  const body = BODY(unique());
  const article = await createTestArticle(w.id, body);
  const claim = await createSpanClaim({ workspaceId: w.id, articleId: article.id, body, quote: "12 million people", createdById: w.users.REVIEWER.id });
  return { ...claim, articleId: article.id, body };
}

/** For each route, a valid request as the principal `as` would make it, on records made for it alone. */
export const SCENARIOS: Record<RouteId, (w: ApiWorkspace, as?: PrincipalName) => Promise<Request>> = {
  getWorkspace: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}` }),
  getWorkspaceSettings: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/settings` }),
  // The version as it is now, so that an owner's PATCH is allowed through to the write however many ran before.
  updateWorkspaceSettings: async (w) => ({ method: "PATCH", url: `/workspaces/${w.slug}/settings`, body: { version: await workspaceVersion(w.id), blindReview: true } }),
  listArticles: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/articles?limit=2&q=test` }),
  createArticle: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles`, body: { title: "From the API", body: BODY(unique()), publisher: "Desk", publishedAt: "2017-08-03", language: "en" } }),
  getArticle: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/articles/${(await createTestArticle(w.id)).id}` }),
  updateArticle: async (w) => {
    const claim = await reviewerClaim(w);
    return { method: "PATCH", url: `/workspaces/${w.slug}/articles/${claim.articleId}`, body: { version: 1, body: `Preface. ${claim.body}`, language: "en-GB" } };
  },
  deleteArticle: async (w) => ({ method: "DELETE", url: `/workspaces/${w.slug}/articles/${(await createTestArticle(w.id)).id}` }),
  listClaims: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims?limit=3&status=OPEN&figure=no` }),
  listClaimTable: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/table?limit=3&sort=finalRating&dir=asc&status=OPEN` }),
  bulkClaims: async (w) => {
    const [first, second] = [await createTestClaim(w.id), await createTestClaim(w.id)];
    return { method: "POST", url: `/workspaces/${w.slug}/claims/bulk`, body: { action: "assign", ids: [first, second].map(({ id, version }) => ({ id, version })), reviewerIds: [w.users.REVIEWER.id] } };
  },
  createClaim: async (w) => {
    const article = await createTestArticle(w.id, BODY(unique()));
    return { method: "POST", url: `/workspaces/${w.slug}/claims`, body: { articleId: article.id, exact: "40 percent", statement: "40% left", isFigure: true, figureValue: 40, figureUnit: "percent" } };
  },
  getClaim: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}` }),
  listClaimMatches: async (w) => {
    const [claim] = [await createTestClaim(w.id), await createTestClaim(w.id, "IS ruled around 12 million people")];
    return { method: "GET", url: `/workspaces/${w.slug}/claims/${claim!.id}/matches?limit=3` };
  },
  updateClaim: async (w) => {
    const claim = await reviewerClaim(w);
    return { method: "PATCH", url: `/workspaces/${w.slug}/claims/${claim.id}`, headers: { "if-match": `"${claim.version}"` }, body: { claimant: "The governor", tags: ["population"] } };
  },
  changeClaimStatus: async (w) => {
    const claim = await createTestClaim(w.id);
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/status`, body: { status: "RESOLVED", version: claim.version, finalRatingId: w.ratings["Mostly true"], resolutionNote: "Two sources agree." } };
  },
  resolveClaimAsIn: async (w) => {
    const { resolved, other } = await createLinkedTestClaims(w.id, w.ratings["Mostly true"]);
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${other.id}/resolve-as-in`, body: { asIn: resolved.id, version: other.version } };
  },
  // Publishing (issue 19): each caller publishes a resolved claim of its own, or reads or unpublishes one published for it.
  getClaimPublication: async (w) => {
    const claim = await createTestClaim(w.id);
    await publishTestFactCheck({ workspaceId: w.id, claimId: claim.id });
    return { method: "GET", url: `/workspaces/${w.slug}/claims/${claim.id}/publication` };
  },
  publishClaim: async (w) => {
    const claim = await createResolvedTestClaim({ workspaceId: w.id, slug: w.slug, editor: w.users.EDITOR });
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/publication`, body: { summary: "Estimates ranged from 8 to 12 million." } };
  },
  unpublishClaim: async (w) => {
    const claim = await createTestClaim(w.id);
    await publishTestFactCheck({ workspaceId: w.id, claimId: claim.id });
    return { method: "DELETE", url: `/workspaces/${w.slug}/claims/${claim.id}/publication` };
  },
  getClaimGroup: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createLinkedTestClaims(w.id)).other.id}/group` }),
  linkClaim: async (w) => {
    const [one, two] = [await createTestClaim(w.id), await createTestClaim(w.id)];
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${one.id}/links`, body: { claimId: two.id } };
  },
  unlinkClaim: async (w) => {
    const { resolved, other } = await createLinkedTestClaims(w.id);
    return { method: "DELETE", url: `/workspaces/${w.slug}/claims/${other.id}/links/${resolved.id}` };
  },
  dismissMatch: async (w) => {
    const [one, two] = [await createTestClaim(w.id), await createTestClaim(w.id)];
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${one.id}/dismissed-matches`, body: { claimId: two.id } };
  },
  listEvidence: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/evidence` }),
  createEvidence: async (w) => {
    const claim = await createTestClaim(w.id);
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/evidence`, body: { sourceMode: "new", stance: "CONTRADICTS", excerpt: "Fewer than 8 million", kind: "DATASET", title: "Census", url: "https://example.org/census" } };
  },
  deleteEvidence: async (w) => {
    const claim = await createTestClaim(w.id);
    const evidence = await createTestEvidence({ workspaceId: w.id, claimId: claim.id, createdById: w.users.REVIEWER.id });
    return { method: "DELETE", url: `/workspaces/${w.slug}/claims/${claim.id}/evidence/${evidence.id}` };
  },
  listComments: async (w) => {
    const claim = await createTestClaim(w.id);
    await createTestComment(w, claim.id, w.users.EDITOR.id);
    return { method: "GET", url: `/workspaces/${w.slug}/claims/${claim.id}/comments` };
  },
  createComment: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/comments`, body: { body: "Has anyone found the census table?" } }),
  // Only the author edits or deletes (owners may delete any): each caller acts on a comment of their own.
  updateComment: async (w, as) => {
    const comment = await createTestComment(w, (await createTestClaim(w.id)).id, userOf(w, as).id);
    return { method: "PATCH", url: `/workspaces/${w.slug}/claims/${comment.claimId}/comments/${comment.id}`, headers: { "if-match": `"${comment.version}"` }, body: { body: "Reworded." } };
  },
  deleteComment: async (w, as) => {
    const comment = await createTestComment(w, (await createTestClaim(w.id)).id, userOf(w, as).id);
    return { method: "DELETE", url: `/workspaces/${w.slug}/claims/${comment.claimId}/comments/${comment.id}`, headers: { "if-match": `"${comment.version}"` } };
  },
  listVerdicts: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/verdicts` }),
  recordVerdict: async (w) => {
    const claim = await createTestClaim(w.id);
    return { method: "POST", url: `/workspaces/${w.slug}/claims/${claim.id}/verdicts`, body: { ratingId: w.ratings["Mostly true"], rationale: "The census agrees." } };
  },
  listSources: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/sources?limit=5` }),
  createSource: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/sources`, body: { kind: "WEB_PAGE", title: "A report", url: "https://example.org/a", reliability: 4 } }),
  getSource: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/sources/${(await createTestSource(w.id)).id}` }),
  updateSource: async (w) => {
    const source = await createTestSource(w.id);
    return { method: "PUT", url: `/workspaces/${w.slug}/sources/${source.id}`, body: { version: source.version, kind: "WEB_PAGE", title: "Renamed report", url: "https://example.org/b" } };
  },
  getRatingScale: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/rating-scale` }),
  listMembers: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/members` }),
  listAssignments: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/assignments` }),
  assignReviewer: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/assignments`, body: { userId: w.users.REVIEWER.id } }),
  unassignReviewer: async (w) => {
    const claim = await createTestClaim(w.id);
    await assignTestClaim({ workspaceId: w.id, claimId: claim.id, reviewerId: w.users.REVIEWER.id });
    return { method: "DELETE", url: `/workspaces/${w.slug}/claims/${claim.id}/assignments/${w.users.REVIEWER.id}` };
  },
  listMyQueue: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/my-queue?limit=5` }),
  getClaimHistory: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/history` }),
  listImportedVerdicts: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/claims/${(await createTestClaim(w.id)).id}/imported-verdicts` }),
  getAgreement: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/agreement` }),
  importArticleFiles: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles/import`, multipart: { files: [articleFile()], fields: { stripScripts: "on" } } }),
  importArticleUrl: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles/import-url`, body: { url: await freshPageUrl() } }),
  importArticleUrls: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles/import-urls`, body: { urls: [await freshPageUrl(), "", await freshPageUrl()] } }),
  clipArticle: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles/clip`, body: clippedPage() }),
  importClaimReviewUrl: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/sources/claimreview/import-url`, body: { url: await freshClaimReviewUrl() } }),
  importClaimReview: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/sources/claimreview`, multipart: { files: [{ name: "reviews.json", content: JSON.stringify(claimReviewDocument()) }] } }),
  // A job is its starter's alone: each caller asks for one of their own.
  getJob: async (w, as) => {
    const job = await createJob({ actor: userOf(w, as), slug: w.slug, kind: "export", payload: { format: "csv" } });
    return { method: "GET", url: `/workspaces/${w.slug}/jobs/${job.id}` };
  },
  downloadJobFile: async (w, as) => {
    const job = await createTestJobFile({ workspaceId: w.id, userId: userOf(w, as).id });
    return { method: "GET", url: `/workspaces/${w.slug}/jobs/${job.id}/file` };
  },
  listDisagreements: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/disagreements?limit=10&kind=reviewer-split` }),
  // A stream that stays open: the first bytes are read, then it is ended.
  // Presence on the workspace's own pages: any member may show they are there and see who else is.
  listPresence: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/presence?kind=article&id=${(await createTestArticle(w.id)).id}` }),
  heartbeatPresence: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/presence`, body: { kind: "claim", id: (await createTestClaim(w.id)).id, activity: "editing" } }),
  leavePresence: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/presence/leave`, body: { kind: "article", id: (await createTestArticle(w.id)).id } }),
  streamEvents: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/events`, firstBytesOnly: true }),
  exportWorkspace: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/export?format=csv&status=OPEN` }),
  createWorkspace: async () => ({ method: "POST", url: "/workspaces", body: { name: `Desk ${unique()}` } }),
  // Notifications are the caller's own: every member reads and marks their own bell; preferences are the account's.
  listNotifications: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/notifications?unread=true&limit=5` }),
  markNotificationsRead: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/notifications/read`, body: { all: true } }),
  getNotificationPreferences: async () => ({ method: "GET", url: "/me/notification-preferences" }),
  updateNotificationPreferences: async () => ({ method: "PUT", url: "/me/notification-preferences", body: { mutedKinds: ["REPLIED"], dailyDigest: false } }),
  listInvitations: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/invitations` }),
  createInvitation: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/invitations`, body: { email: `invitee-${unique()}@test.example.org`, role: "REVIEWER" } }),
  revokeInvitation: async (w) => {
    const invitation = await createInvitation({ actor: w.users.OWNER, slug: w.slug, input: { email: `invitee-${unique()}@test.example.org`, role: "VIEWER" } });
    return { method: "DELETE", url: `/workspaces/${w.slug}/invitations/${invitation.id}` };
  },
  // Each caller acts on a member of their own, so one call's change does not decide the next one's.
  changeMemberRole: async (w) => {
    const member = await addTestMember(w.id, "REVIEWER", "Member");
    return { method: "PATCH", url: `/workspaces/${w.slug}/members/${member.id}`, body: { role: "EDITOR", version: 1 } };
  },
  // A member of the principal's role leaves, with a token of their own: the principal stays a member
  // (an owner among two owners may leave). Callers without a role of their own keep their token.
  leaveWorkspace: async (w, as) => {
    const role = ({ viewer: "VIEWER", reviewer: "REVIEWER", editor: "EDITOR", owner: "OWNER" } as const)[as as "viewer"];
    const request = { method: "DELETE", url: `/workspaces/${w.slug}/membership` };
    if (!role) return request;
    return { ...request, token: await createTestApiToken({ workspaceId: w.id, userId: (await addTestMember(w.id, role, "Leaving")).id }) };
  },
  // Each caller checks, applies or dismisses on an article of its own (a check fetches a local page).
  checkArticleSource: async (w) => ({ method: "POST", url: `/workspaces/${w.slug}/articles/${(await importTestPage({ actorId: w.users.OWNER.id, slug: w.slug })).articleId}/source-checks` }),
  applyCapture: async (w) => {
    const change = await createTestPendingChange(w.id);
    return { method: "POST", url: `/workspaces/${w.slug}/articles/${change.articleId}/captures/${change.captureId}/apply`, body: { version: 1 } };
  },
  dismissCapture: async (w) => {
    const change = await createTestPendingChange(w.id);
    return { method: "POST", url: `/workspaces/${w.slug}/articles/${change.articleId}/captures/${change.captureId}/dismiss` };
  },
  removeMember: async (w) => ({ method: "DELETE", url: `/workspaces/${w.slug}/members/${(await addTestMember(w.id, "VIEWER", "Leaver")).id}` }),
  listArticleCaptures: async (w) => ({ method: "GET", url: `/workspaces/${w.slug}/articles/${(await createTestCapturedArticle(w.id)).articleId}/captures` }),
  downloadCaptureOriginal: async (w) => {
    const { articleId, captureId } = await createTestCapturedArticle(w.id);
    return { method: "GET", url: `/workspaces/${w.slug}/articles/${articleId}/captures/${captureId}/original` };
  },
};

async function workspaceVersion(workspaceId: string): Promise<number> {
  return (await getDb().workspace.findUniqueOrThrow({ where: { id: workspaceId }, select: { version: true } })).version;
}
