import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// The API promises to reach everything the UI does. Checked from the source: every lib/data and
// lib/workflows function that a page (or a server component a page renders) calls must also be reached from some
// route under app/api/v1, directly or through the lib code the route calls, or be listed below with
// why the API does not need it. An exception that is no longer needed fails too, so the list stays true.

const root = path.resolve(import.meta.dirname, "../../..");

/** Page data the API does not call itself, each with why a script does not need it. */
const NOT_IN_API: Record<string, string> = {
  "lib/data/articles/article-table#listArticleTable": "The articles page's list, searched and sorted by date, publisher or claims; GET articles searches the same articles, paged by title (searchArticles).",
  "lib/data/claims/claims#listArticleClaims": "The reader's claims of one article: GET claims?article=<id>.",
  "lib/data/articles/suggestions#listDismissedSuggestions": "Which figure hints a reader dismissed: reader state, not a record of the fact-check.",
  "lib/data/evidence/evidence#listEvidenceArticles": "The passage picker's article list: GET articles and GET articles/{id}.",
  "lib/data/evidence/evidence-suggestions#suggestEvidence": "Passages suggested as evidence, computed for the claim page; taking one up is POST claims/{id}/evidence.",
  "lib/data/claims/claim-search#listClaimFilterOptions": "The claims filters' choices (articles, tags, claimants), read from GET articles and GET claims.",
  "lib/data/disagreements/disagreements#listDisagreementFilterOptions": "The review queue filters' choices, as above.",
  "lib/data/figure-conflicts/figure-conflicts#getClaimFigureConflicts": "The side-by-side of a figure conflict: GET disagreements gives figurePartners (and moreFigurePartners), GET claims/{id} each figure.",
  "lib/data/claims/resolution#getResolution": "Final rating and note are in GET claims/{id}; who resolved and when, in GET claims/{id}/history.",
  "lib/data/workspaces/dashboard#getDashboard": "Counts by status, rating and article, derivable from GET claims and GET disagreements.",
  "lib/data/claims/queue#countMyQueue": "The header's count of GET my-queue.",
  "lib/workflows/article-import/article-import-jobs#getLatestArticleImport": "The import page's last import after a reload; the API answers the job (202) and GET jobs/{id} follows it.",
  "lib/workflows/web-import/url-import-jobs#getLatestUrlImport": "The import page's last URL list after a reload; POST articles/import-urls answers the job (202) and GET jobs/{id} follows it.",
  "lib/workflows/export/exports#countExportClaims": "The reports page's choice between a download and a job; GET export always streams.",
  "lib/workflows/export/exports#exportJobThreshold": "As above.",
  "lib/data/jobs/jobs#listMyJobs": "The reports page's recent export jobs; the API has no export jobs (it streams), and reads a job by id.",
  "lib/data/reports/export-names#listArticlesForExportWithResolved": "The reports page's article choice, with claim counts (all and resolved): GET articles.",
  "lib/workflows/claimreview-import/claimreview-import#listFactChecksToLink": "The ClaimReview page's fact-checks with likely claims: they are GET sources; linking one is POST claims/{id}/evidence.",
  "lib/data/workspaces/workspaces#listMyWorkspaces": "A token belongs to one workspace; GET workspaces/{slug} describes it.",
  "lib/data/workspaces/workspaces#getWorkspaceSettings": "The owners' settings form, with its members list: GET settings answers the settings (readWorkspaceSettings), GET members the members.",
  "lib/data/workspaces/rating-scale#getRatingScaleForEditing": "The owners' scale editor (with usage counts); the levels are GET rating-scale.",
  "lib/data/workspaces/api-tokens#listApiTokens": "Tokens are managed in the owners' settings only: a token cannot list or mint tokens.",
  "lib/data/workspaces/members#listMembersForOwners": "The members page's list: GET members answers the same to an owner (emails and versions included).",
  "lib/data/workspaces/invitations#getInvitationForLink": "The invitation page, opened by whoever holds the link: the link is the credential, not a token.",
  "lib/data/accounts/password-resets#getPasswordLink": "The password-link page, as above: a person without a session sets their password there.",
  "lib/data/notifications/notifications#countUnreadNotifications": "The bell's badge in the header: GET notifications answers unreadCount.",
  "lib/data/accounts/accounts#getAccount": "The account page: a token belongs to one workspace, not to the account.",
  "lib/data/accounts/accounts#listMyApiTokens": "As above; a workspace's tokens are managed in its settings.",
  "lib/data/articles/capture-changes#listChangedSources": "The dashboard's Sources changed: GET articles?sourceChanged=true lists the same articles, GET articles/{id}/captures when each change was found.",
  "lib/data/articles/capture-changes#getSourceCheckState": "The article page's source panel: GET articles/{id} gives sourceCheckedAt and sourceCheckError, GET articles/{id}/captures the pending change, POST articles/{id}/source-checks its diff.",
};

function walk(dir: string, keep: (file: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full, keep) : keep(full) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(root, file).split(path.sep).join("/").replace(/\.tsx?$/, "").replace(/\/index$/, "");

/** The project file an import specifier names, or null for a package. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  return [".ts", ".tsx", "/index.ts"].map((ext) => base + ext).find((candidate) => existsSync(candidate)) ?? null;
}

interface Module {
  /** Local name → the module and name it is imported as (value imports only; "*" for a namespace). */
  imports: Map<string, { file: string; name: string }>;
  /** Top-level declarations (functions, constants) with their source, comments left out. */
  decls: Map<string, string>;
}

const modules = new Map<string, Module>();

function parseModule(file: string): Module {
  const cached = modules.get(file);
  if (cached) return cached;
  const source = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|\s)\/\/.*$/gm, "$1");
  const imports = new Map<string, { file: string; name: string }>();
  for (const [, what, specifier] of source.matchAll(/^(?:import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']/gm)) {
    const target = resolveImport(file, specifier!);
    if (!target || what!.startsWith("type ")) continue;
    const namespace = /^\*\s+as\s+(\w+)$/.exec(what!);
    if (namespace) imports.set(namespace[1]!, { file: target, name: "*" });
    for (const part of /\{([^}]*)\}/.exec(what!)?.[1]?.split(",") ?? []) {
      const [name, local = name] = part.trim().split(/\s+as\s+/).map((item) => item.trim());
      if (name && !name.startsWith("type ")) imports.set(local!, { file: target, name });
    }
  }
  const decls = new Map<string, string>();
  const starts = [...source.matchAll(/^(?:export\s+)?(?:default\s+)?(?:async\s+)?(?:function\*?|const|let|class)\s+(\w+)/gm)];
  starts.forEach((match, n) => decls.set(match[1]!, source.slice(match.index, starts[n + 1]?.index ?? source.length)));
  const parsed = { imports, decls };
  modules.set(file, parsed);
  return parsed;
}

/** lib/data and lib/workflows functions the pages and their server components call. */
function pageDataFunctions(): Set<string> {
  const files = walk(path.join(root, "app"), (file) => file.endsWith(".tsx"));
  return new Set(files.flatMap((file) => [...parseModule(file).imports.values()])
    .filter(({ file, name }) => /^lib\/(data|workflows)\//.test(relative(file)) && /^export\s+(async\s+)?function/.test(parseModule(file).decls.get(name) ?? ""))
    .map(({ file, name }) => `${relative(file)}#${name}`));
}

/**
 * Every module#name the API's route handlers call, following calls function by function (a name
 * used in a function's body) through the lib code, so that importing a module does not count as
 * calling all of it.
 */
/** Code that runs in the job workers, not in the request that enqueues the job: not followed. */
const WORKER_SIDE = new Set(["lib/jobs/registry"]);

function apiReach(): Set<string> {
  const reached = new Set<string>();
  const visited = new Set<string>();
  const queue = walk(path.join(root, "app/api/v1"), (file) => file.endsWith("route.ts"))
    .flatMap((file) => [...parseModule(file).decls.keys()].map((name) => ({ file, name })));
  while (queue.length) {
    const { file, name } = queue.pop()!;
    if (visited.has(`${file}#${name}`)) continue;
    visited.add(`${file}#${name}`);
    const parsed = parseModule(file);
    const body = parsed.decls.get(name);
    if (body === undefined) {
      // Re-exported from elsewhere.
      const from = parsed.imports.get(name);
      if (from) queue.push(from);
      continue;
    }
    for (const [, first, member] of body.matchAll(/\b([A-Za-z_$][\w$]*)(?:\.([A-Za-z_$][\w$]*))?/g)) {
      if (first !== name && parsed.decls.has(first!)) queue.push({ file, name: first! });
      const imported = parsed.imports.get(first!);
      if (!imported) continue;
      const target = imported.name === "*" ? (member ? { file: imported.file, name: member } : null) : imported;
      if (!target) continue;
      reached.add(`${relative(target.file)}#${target.name}`);
      const into = relative(target.file);
      if (into.startsWith("lib/") && !into.startsWith("lib/generated/") && !WORKER_SIDE.has(into)) queue.push(target);
    }
  }
  return reached;
}

describe("the API reaches what the pages read", () => {
  const pages = pageDataFunctions();
  const api = apiReach();

  it("finds the pages' data functions and the API's (the scan itself works)", () => {
    expect(pages.size).toBeGreaterThan(20);
    for (const known of ["lib/data/audit#listClaimHistory", "lib/data/verdicts/agreement#getAgreementRatings", "lib/data/claims/assignments#listClaimAssignments", "lib/data/claims/queue#listMyQueue"]) {
      expect(pages, known).toContain(known);
      expect(api, known).toContain(known);
    }
    expect(pages).not.toContain("lib/workflows/article-import/article-import-jobs#ARTICLE_IMPORT_JOB_KIND");
  });

  it("gives every page data function an API route that calls it, or a reason", () => {
    const missing = [...pages].filter((fn) => !api.has(fn) && !(fn in NOT_IN_API));
    expect(missing, "Add an API route that calls these (or a reason to NOT_IN_API)").toEqual([]);
  });

  it("lists no exception that is not needed", () => {
    const stale = Object.keys(NOT_IN_API).filter((fn) => !pages.has(fn) || api.has(fn));
    expect(stale, "No page calls these any more, or the API now does: remove them from NOT_IN_API").toEqual([]);
  });
});
