import { apiHandler } from "@/lib/server/api/handler";
import { apiRoute } from "@/lib/server/api/routes";
import { getAgreementRatings } from "@/lib/data/verdicts/agreement";
import { buildAgreementReport } from "@/lib/domain/agreement-report";

// The review page's figures from the same ratings and the same report. An undefined statistic is NaN
// there, which JSON writes as null; its `reason` says why.
export const GET = apiHandler(apiRoute("getAgreement"), async ({ actor, slug, query }) => {
  const data = await getAgreementRatings({ actor, slug, articleId: query.article });
  return { article: data.article, articles: data.articles, ...buildAgreementReport(data) };
});
