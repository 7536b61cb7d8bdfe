// Plays the demo desk's work (seeds/demo-content.ts) through the same data functions and input
// schemas the UI uses, so the demo can only contain what a real reviewer could have done.
import { ensureArticle, listArticles } from "@/lib/data/articles";
import { listClaims } from "@/lib/data/claim-search";
import { createClaim, getClaim } from "@/lib/data/claims";
import { addArticleEvidence } from "@/lib/data/evidence";
import { getRatingScale } from "@/lib/data/rating-scale";
import { resolveClaim } from "@/lib/data/resolution";
import { recordVerdict } from "@/lib/data/verdicts";
import { getWorkspaceAccess } from "@/lib/data/workspaces";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import { createClaimSchema } from "@/lib/schemas/claim";
import { addArticleEvidenceSchema } from "@/lib/schemas/evidence";
import { recordVerdictSchema, resolveClaimSchema } from "@/lib/schemas/verdict";
import { loadSeedArticles } from "./articles";
import { DEMO_CLAIMS, DEMO_EVIDENCE, DEMO_LETTER, DEMO_RESOLUTIONS, DEMO_VERDICTS } from "./demo-content";

export interface DemoActors {
  reviewer1: { id: string };
  reviewer2: { id: string };
  editor: { id: string };
}

export interface ActivityReport {
  claims: number;
  evidence: number;
  verdicts: number;
  resolved: number;
}

/** Adds the demo desk's claims, evidence, verdicts and resolutions, once: not if claims exist. */
export async function seedDemoActivity(slug: string, actors: DemoActors): Promise<ActivityReport> {
  const none = { claims: 0, evidence: 0, verdicts: 0, resolved: 0 };
  if ((await listClaims({ actor: actors.editor, slug, query: { page: 1 } })).total > 0) return none;

  // The letter is part of the demo's activity (its figure conflict), so a workspace seeded with the
  // corpus alone gets it here; the demo seed adds it first, as the owner's import.
  const access = await getWorkspaceAccess({ actor: actors.editor, slug });
  if (!access) throw new Error(`Demo activity: the editor is not a member of ${slug}.`);
  await seedDemoLetter({ workspaceId: access.workspace.id, ownerId: actors.editor.id });

  const seeds = [...(await loadSeedArticles()), { file: DEMO_LETTER.key, title: DEMO_LETTER.title, body: DEMO_LETTER.body }];
  const articleIds = new Map((await listArticles({ actor: actors.editor, slug })).map((a) => [a.title, a.id]));
  const locate = (file: string, quote: string) => {
    const seed = seeds.find((s) => s.file.startsWith(file));
    const articleId = seed && articleIds.get(seed.title);
    const start = seed?.body.indexOf(quote) ?? -1;
    if (!seed || !articleId || start < 0) throw new Error(`Demo content: "${quote}" is not in article ${file}.`);
    return { articleId, start, end: start + quote.length, exact: quote };
  };

  const claimIds = new Map<string, string>();
  for (const spec of DEMO_CLAIMS) {
    const input = createClaimSchema.parse({
      ...locate(spec.article, spec.quote),
      statement: spec.statement,
      claimant: spec.claimant,
      tags: spec.tags,
      isFigure: Boolean(spec.figure),
      figureValue: spec.figure?.value,
      figureUnit: spec.figure?.unit,
      figureQualifier: spec.figure?.qualifier ?? undefined,
      figureLow: spec.figure?.low,
      figureHigh: spec.figure?.high,
      figureCounted: spec.figure?.counted,
    });
    claimIds.set(spec.key, (await createClaim({ actor: actors[spec.by], slug, input })).id);
  }
  const claimId = (key: string) => claimIds.get(key) ?? raise(`Demo content: no claim "${key}".`);

  for (const spec of DEMO_EVIDENCE) {
    const { articleId, start, end, exact } = locate(spec.article, spec.quote);
    const input = addArticleEvidenceSchema.parse({ claimId: claimId(spec.claim), articleId, start, end, exact, stance: spec.stance, note: spec.note });
    await addArticleEvidence({ actor: actors[spec.by], slug, input });
  }

  const { levels } = await getRatingScale({ actor: actors.editor, slug });
  const ratingId = (label: string) => levels.find((level) => level.label === label)?.id ?? raise(`Demo content: no rating "${label}".`);
  for (const spec of DEMO_VERDICTS) {
    const input = recordVerdictSchema.parse({ claimId: claimId(spec.claim), ratingId: ratingId(spec.rating), rationale: spec.rationale });
    await recordVerdict({ actor: actors[spec.by], slug, input });
  }

  for (const spec of DEMO_RESOLUTIONS) {
    const claim = await getClaim({ actor: actors.editor, slug, claimId: claimId(spec.claim) });
    const input = resolveClaimSchema.parse({ claimId: claimId(spec.claim), version: claim!.version, finalRatingId: ratingId(spec.rating), resolutionNote: spec.note });
    await resolveClaim({ actor: actors.editor, slug, input });
  }
  return { claims: DEMO_CLAIMS.length, evidence: DEMO_EVIDENCE.length, verdicts: DEMO_VERDICTS.length, resolved: DEMO_RESOLUTIONS.length };
}

function raise(message: string): never {
  throw new Error(message);
}

/** The demo's sixth article, a reader's letter written for the demo (see demo-content.ts), once. */
export async function seedDemoLetter({ workspaceId, ownerId }: { workspaceId: string; ownerId: string }) {
  return ensureArticle({
    workspaceId,
    actorId: ownerId,
    article: {
      title: DEMO_LETTER.title, publisher: DEMO_LETTER.publisher, publishedNote: DEMO_LETTER.publishedNote, language: "en",
      body: DEMO_LETTER.body, bodyHash: hashBody(DEMO_LETTER.body), wordCount: countWords(DEMO_LETTER.body), importFormat: "txt", importRemoved: [],
    },
  });
}
