import "server-only";
import { AppError } from "@/lib/errors";

// Optimistic concurrency, written once. Every record people edit in forms (claims, sources, articles,
// workspace settings, the rating scale) carries a version; a save names the version its form read,
// and a save over someone else's is refused with CONFLICT (409), carrying the record as it now is
// (`current`), so the form or the API client can show what changed and nothing is silently overwritten.

/** The words of one kind of conflict. */
export interface ConflictWords {
  /** What someone else saved, as the sentence names it: "this claim", "these settings". */
  what: string;
  /** What the person sees now and what to do: "Their version is shown below; nothing of yours was saved." */
  then: string;
}

/** The record as it is now: its version, and what the error carries to show it (by default `{ version }`). */
export interface CurrentVersion {
  version: number | string;
  current?: unknown;
}

/**
 * The CONFLICT for a save made from version `read` of a record now at `now.version`. Numbered
 * versions are told ("you had version 3, it is now at version 4"); opaque ones (the rating scale's
 * digest) are not.
 */
export function versionConflict(words: ConflictWords, read: number | string, now: CurrentVersion): AppError {
  const versions = typeof read === "number" && typeof now.version === "number" ? ` (you had version ${read}, it is now at version ${now.version})` : "";
  return new AppError("CONFLICT", `Someone else saved ${words.what} while you were editing${versions}. ${words.then}`, {
    current: now.current === undefined ? { version: now.version } : now.current,
  });
}

/** For a write that checks before it writes (a delete, a status change): the record read must still be at `read`. */
export function requireVersion(words: ConflictWords, read: number | string, now: CurrentVersion): void {
  if (now.version !== read) throw versionConflict(words, read, now);
}

/**
 * For a conditional write: `update` must change the record only where it is still at version `read`
 * (`updateMany({ where: { id, version: read }, data: { …, version: { increment: 1 } } })`) and say how
 * many rows it changed. None means someone else saved since the caller read it: `reread` reads the
 * record again (in the same transaction, so it sees the save that won) for the CONFLICT it throws.
 */
export async function updateAtVersion(
  words: ConflictWords,
  read: number | string,
  update: () => Promise<{ count: number }>,
  reread: () => Promise<CurrentVersion>,
): Promise<void> {
  const { count } = await update();
  if (count === 0) throw versionConflict(words, read, await reread());
}
