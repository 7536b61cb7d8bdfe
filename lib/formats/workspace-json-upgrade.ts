// Older workspace exports stay importable: before a document is checked against the current schema
// (lib/schemas/workspace-json.ts), it gets what the versions after the file's added, with the value an
// older file means by leaving it out: fields of each section's rows, fields of the workspace row, and whole
// sections. Only rows that are objects are touched; anything else is left for the schema to refuse with its path.
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceSection } from "@/lib/schemas/workspace-json";

interface Added {
  /** Fields added to a section's rows. */
  rows?: Partial<Record<WorkspaceSection, Record<string, unknown>>>;
  /** Fields added to the workspace row. */
  workspace?: Record<string, unknown>;
  /** Sections added, as the empty list an older file means. */
  sections?: WorkspaceSection[];
}

/** For each version, what it added and what its absence meant before. */
const ADDED_IN_VERSION: Record<number, Added> = {
  // Before version 2 a source's fact-check fields were not exported: a source of a version 1 file reads as no fact-check.
  2: {
    rows: {
      sources: {
        claimReviewed: null, claimant: null, publisherSite: null, language: null,
        ratingLabel: null, ratingValue: null, ratingBest: null, ratingWorst: null, ratingLevelId: null,
      },
    },
  },
  // Before version 6 nothing published was exported: a workspace that published nothing, with no publisher settings.
  6: { workspace: { publisherLogoUrl: null, publicBaseUrl: null }, sections: ["publications"] },
};

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === "object" && !Array.isArray(value);

/** The document as the current version would have written it; `version` is the file's (checked to be 1 or more). */
export function upgradeWorkspaceDocument(document: Record<string, unknown>, version: number): Record<string, unknown> {
  let upgraded = document;
  for (let next = version + 1; next <= WORKSPACE_SCHEMA_VERSION; next += 1) {
    const added = ADDED_IN_VERSION[next] ?? {};
    for (const [section, fields] of Object.entries(added.rows ?? {})) {
      const rows = upgraded[section];
      if (!Array.isArray(rows)) continue;
      const filled = rows.map((row: unknown) => (isObject(row) ? { ...fields, ...row } : row));
      upgraded = { ...upgraded, [section]: filled };
    }
    if (added.workspace && isObject(upgraded.workspace)) upgraded = { ...upgraded, workspace: { ...added.workspace, ...upgraded.workspace } };
    for (const section of added.sections ?? []) if (!(section in upgraded)) upgraded = { ...upgraded, [section]: [] };
  }
  return upgraded;
}
