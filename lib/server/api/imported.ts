/** Where an imported record came from, as the API tells it (the `imported` of history events and imported verdicts). */
export function importedFrom(record: { fileName: string; createdAt: Date; importedBy: { name: string } | null } | null | undefined) {
  return record ? { fileName: record.fileName, importedAt: record.createdAt, importedBy: record.importedBy?.name ?? null } : null;
}
