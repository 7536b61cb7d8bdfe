// Plays the demo desk's work (seeds/demo-content.ts) through the same data functions and input
// schemas the UI uses, so the demo can only contain what a real reviewer could have done.
import { ensureArticle, listArticles } from "@/lib/data/articles/articles";
import { listClaims } from "@/lib/data/claims/claim-search";
import { createClaim, getClaim } from "@/lib/data/claims/claims";
import { addArticleEvidence } from "@/lib/data/evidence/evidence";
import { getRatingScale } from "@/lib/data/workspaces/rating-scale";
import { resolveClaim } from "@/lib/workflows/review/resolution";
import { publishClaim } from "@/lib/workflows/publishing/publish-claim";
import { recordVerdict } from "@/lib/workflows/review/record-verdict";
import { getWorkspaceAccess } from "@/lib/data/workspaces/workspaces";
import { hashBody } from "@/lib/formats/body-hash";
import { countWords } from "@/lib/formats/clean-article-text";
import { createClaimSchema } from "@/lib/schemas/claim";
import { addArticleEvidenceSchema } from "@/lib/schemas/evidence";
import { recordVerdictSchema, resolveClaimSchema } from "@/lib/schemas/verdict";
import { loadSeedArticles } from "./articles";
import { detectFigures } from "@/lib/domain/figures/detect";
import type { FigureLanguage } from "@/lib/domain/figures/types";
import { DEMO_BRIEF_CLAIMS, DEMO_BRIEFS, type DemoWrittenText } from "./demo-briefs";
import { DEMO_CLAIMS, DEMO_EVIDENCE, DEMO_LETTER, DEMO_PUBLICATIONS, DEMO_RESOLUTIONS, DEMO_SAME_CLAIMS, DEMO_VERDICTS, type DemoClaim } from "./demo-content";
import { linkClaims } from "@/lib/data/claims/claim-links";

/** The texts written for the demo (the reader's letter, the Arabic and French briefs), each labelled so. */
export const DEMO_WRITTEN: DemoWrittenText[] = [{ ...DEMO_LETTER, language: "en" }, ...DEMO_BRIEFS];
const ALL_CLAIMS = [...DEMO_CLAIMS, ...DEMO_BRIEF_CLAIMS];

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
  /** The public fact-checks' paths (/p/{slug}/{id}). */
  published: string[];
}

/** Adds the demo desk's claims, evidence, verdicts and resolutions, once: not if claims exist. */
export async function seedDemoActivity(slug: string, actors: DemoActors): Promise<ActivityReport> {
  const none = { claims: 0, evidence: 0, verdicts: 0, resolved: 0, published: [] };
  if ((await listClaims({ actor: actors.editor, slug, query: { page: 1 } })).total > 0) return none;

  // The letter and briefs are part of the demo's activity (its figure conflicts), so a workspace seeded with
  // the corpus alone gets them here; the demo seed adds them first, as the owner's imports.
  const access = await getWorkspaceAccess({ actor: actors.editor, slug });
  if (!access) throw new Error(`Demo activity: the editor is not a member of ${slug}.`);
  await seedDemoWritten({ workspaceId: access.workspace.id, ownerId: actors.editor.id });

  const seeds = [...(await loadSeedArticles()), ...DEMO_WRITTEN.map((text) => ({ file: text.key, title: text.title, body: text.body, language: text.language }))];
  const articleIds = new Map((await listArticles({ actor: actors.editor, slug })).map((a) => [a.title, a.id]));
  const locate = (file: string, quote: string) => {
    const seed = seeds.find((s) => s.file.startsWith(file));
    const articleId = seed && articleIds.get(seed.title);
    const start = seed?.body.indexOf(quote) ?? -1;
    if (!seed || !articleId || start < 0) throw new Error(`Demo content: "${quote}" is not in article ${file}.`);
    return { articleId, start, end: start + quote.length, exact: quote };
  };

  const claimIds = new Map<string, string>();
  for (const spec of ALL_CLAIMS) {
    const figure = figureOf(spec, seeds.find((s) => s.file.startsWith(spec.article))?.language);
    const input = createClaimSchema.parse({
      ...locate(spec.article, spec.quote),
      statement: spec.statement,
      claimant: spec.claimant,
      tags: spec.tags,
      isFigure: Boolean(figure),
      figureValue: figure?.value,
      figureUnit: figure?.unit,
      figureQualifier: figure?.qualifier ?? undefined,
      figureLow: figure?.low,
      figureHigh: figure?.high,
      figureCounted: figure?.counted,
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

  for (const spec of DEMO_SAME_CLAIMS) {
    await linkClaims({ actor: actors[spec.by], slug, input: { claimId: claimId(spec.claims[0]), otherId: claimId(spec.claims[1]) } });
  }

  for (const spec of DEMO_RESOLUTIONS) {
    const claim = await getClaim({ actor: actors.editor, slug, claimId: claimId(spec.claim) });
    const input = resolveClaimSchema.parse({ claimId: claimId(spec.claim), version: claim!.version, finalRatingId: ratingId(spec.rating), resolutionNote: spec.note });
    await resolveClaim({ actor: actors.editor, slug, input });
  }
  const published: string[] = [];
  for (const spec of DEMO_PUBLICATIONS) {
    // No request here to take an address from: the path alone (the app serves it at whatever address it has).
    const { url } = await publishClaim({ actor: actors.editor, slug, claimId: claimId(spec.claim), input: { headline: spec.headline, summary: spec.summary }, bases: { instance: null, app: "" } });
    published.push(url);
  }
  return { claims: ALL_CLAIMS.length, evidence: DEMO_EVIDENCE.length, verdicts: DEMO_VERDICTS.length, resolved: DEMO_RESOLUTIONS.length, published };
}

/** The claim's figure as typed, or as the detector reads its quote (the first figure with a counted noun). */
function figureOf(spec: DemoClaim, language: string | null | undefined) {
  if (spec.figure !== "detected") return spec.figure;
  const found = detectFigures(spec.quote, { language: (language ?? undefined) as FigureLanguage | undefined }).find((f) => f.counted);
  return found ?? raise(`Demo content: no figure detected in "${spec.quote}".`);
}

function raise(message: string): never {
  throw new Error(message);
}

/** The texts written for the demo (see DEMO_WRITTEN), once each. Returns how many were added. */
export async function seedDemoWritten({ workspaceId, ownerId }: { workspaceId: string; ownerId: string }): Promise<number> {
  let created = 0;
  for (const text of DEMO_WRITTEN) {
    const result = await ensureArticle({
      workspaceId,
      actorId: ownerId,
      article: {
        title: text.title, publisher: text.publisher, publishedNote: text.publishedNote, language: text.language,
        body: text.body, bodyHash: hashBody(text.body), wordCount: countWords(text.body), importFormat: "txt", importRemoved: [],
      },
    });
    if (result.created) created += 1;
  }
  return created;
}
