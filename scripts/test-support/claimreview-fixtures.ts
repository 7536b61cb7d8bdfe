// The ClaimReview fixtures (fixtures/claimreview/): one file per shape fact-checks come in, in
// English, Arabic, Spanish and Hindi, as uploads for the import's tests.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

export const CLAIMREVIEW_FIXTURES = path.join(import.meta.dirname, "fixtures/claimreview");

export const claimReviewFixtureNames = () => readdirSync(CLAIMREVIEW_FIXTURES).sort();

/** A fixture as an uploaded file. */
export function claimReviewFixture(name: string) {
  const bytes = new Uint8Array(readFileSync(path.join(CLAIMREVIEW_FIXTURES, name)));
  return { name, size: bytes.byteLength, read: async () => bytes };
}
