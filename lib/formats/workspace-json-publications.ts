// The publications of a workspace document hold together: a claim has at most one publication (its public
// URL across republishing, as the database keeps it), and each publication's headline is its snapshot's (the
// copy public search reads). A file edited by hand is refused before anything is written, with the path of
// the first publication at fault. Run by findBrokenReference (workspace-json-references.ts); that a
// publication's claim is in the file is checked there with the other references.
import type { WorkspaceDocument } from "@/lib/schemas/workspace-json";

/** The first publication at fault, as findBrokenReference reports it (its BrokenReference). */
export function firstBadPublication(doc: WorkspaceDocument): { path: string; message: string } | null {
  const claims = new Set<string>();
  for (const [n, publication] of doc.publications.entries()) {
    if (claims.has(publication.claimId)) {
      return { path: `publications[${n}].claimId`, message: `the claim ${publication.claimId} has a second publication (publication ${publication.id}); a claim is published at one address` };
    }
    claims.add(publication.claimId);
    if (publication.headline !== publication.snapshot.headline) {
      return { path: `publications[${n}].headline`, message: `publication ${publication.id}'s headline is not its snapshot's headline` };
    }
  }
  return null;
}
