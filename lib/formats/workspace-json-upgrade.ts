// Older workspace exports stay importable: before a document is checked against the current schema
// (lib/schemas/workspace-json.ts), the rows of each section get the fields added by the versions after
// the file's, with the value an older file means by leaving them out. Only rows that are objects are
// touched; anything else is left for the schema to refuse with its path.
import { WORKSPACE_SCHEMA_VERSION, type WorkspaceSection } from "@/lib/schemas/workspace-json";

/** For each version, the fields it added to a section's rows and what their absence meant before. */
const ADDED_IN_VERSION: Record<number, Partial<Record<WorkspaceSection, Record<string, unknown>>>> = {
  // Before version 2 a source's fact-check fields were not exported: a source of a version 1 file reads as no fact-check.
  2: {
    sources: {
      claimReviewed: null, claimant: null, publisherSite: null, language: null,
      ratingLabel: null, ratingValue: null, ratingBest: null, ratingWorst: null, ratingLevelId: null,
    },
  },
};

/** The document as the current version would have written it; `version` is the file's (checked to be 1 or more). */
export function upgradeWorkspaceDocument(document: Record<string, unknown>, version: number): Record<string, unknown> {
  let upgraded = document;
  for (let next = version + 1; next <= WORKSPACE_SCHEMA_VERSION; next += 1) {
    for (const [section, added] of Object.entries(ADDED_IN_VERSION[next] ?? {})) {
      const rows = upgraded[section];
      if (!Array.isArray(rows)) continue;
      const filled = rows.map((row: unknown) => (row && typeof row === "object" && !Array.isArray(row) ? { ...added, ...row } : row));
      upgraded = { ...upgraded, [section]: filled };
    }
  }
  return upgraded;
}
