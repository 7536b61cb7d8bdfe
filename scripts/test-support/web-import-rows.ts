import "server-only";
import { getDb } from "@/lib/db/client";

// What an import from the web stored, read straight from the tables for tests above lib/data (the API's).

/** An article's captures, oldest first, bytes included. */
export function readTestCaptures(articleId: string) {
  return getDb().articleCapture.findMany({ where: { articleId }, orderBy: { capturedAt: "asc" } });
}

/** The workspace's captures, counted. */
export function countTestCaptures(workspaceId: string) {
  return getDb().articleCapture.count({ where: { workspaceId } });
}
