// Counting an article import's outcomes, for the job's progress line and the import page's summary.
export type ImportOutcomeStatus = "imported" | "duplicate" | "refused";
export type ImportCounts = Record<ImportOutcomeStatus, number>;

export function countImportOutcomes(outcomes: readonly { status: ImportOutcomeStatus }[]): ImportCounts {
  const counts: ImportCounts = { imported: 0, duplicate: 0, refused: 0 };
  for (const outcome of outcomes) counts[outcome.status] += 1;
  return counts;
}

/** "2 imported, 1 duplicate, 0 refused" */
export function describeImportCounts({ imported, duplicate, refused }: ImportCounts): string {
  return `${imported} imported, ${duplicate} ${duplicate === 1 ? "duplicate" : "duplicates"}, ${refused} refused`;
}
