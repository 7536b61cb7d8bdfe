import "server-only";
import { storePublication } from "@/lib/data/publications/publications";
import type { PublishedFactCheck } from "@/lib/schemas/publication";

// Publications for tests that need one before (or without) going through the publish workflow: the public
// pages, feeds and cards read only what is stored, so a stored snapshot is all they need.

export function testFactCheck(overrides: Partial<PublishedFactCheck> & { statement?: string; ratingLabel?: string } = {}): PublishedFactCheck {
  const { statement = "IS ruled about 12 million people", ratingLabel = "Mostly true", ...rest } = overrides;
  return {
    headline: `Did IS rule ${statement.length} million people?`,
    summary: "Estimates at the peak in 2015 ranged from 8 to 12 million; the figure is at the top of that range.",
    claim: {
      statement,
      claimant: "The New York Times",
      claimDate: "2017-10-17",
      quote: { exact: "a population of around 12 million", before: "At its height, the group ruled over ", after: " people in Iraq and Syria." },
      language: "en",
      direction: "ltr",
    },
    article: { title: "How the Islamic State ends", url: "https://www.example.org/isis-ends", publisher: "Example Times", author: null, publishedAt: "2017-10-17" },
    rating: { label: ratingLabel, colour: "#65a30d", ordinal: 4, worst: 1, best: 5 },
    evidence: [{ title: "Coalition estimate 2015", url: "https://www.example.org/coalition-2015", publisher: "Example Institute", stance: "SUPPORTS" }],
    resolvedAt: "2026-12-01T10:00:00.000Z",
    ...rest,
  };
}

/** Publishes the claim with this fact-check straight into the table (no workflow rules). */
export async function publishTestFactCheck({ workspaceId, claimId, factCheck = testFactCheck(), correction = null }: {
  workspaceId: string;
  claimId: string;
  factCheck?: PublishedFactCheck;
  correction?: string | null;
}) {
  return storePublication({ workspaceId, claimId, factCheck, correction });
}
