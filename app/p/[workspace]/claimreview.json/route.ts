import { serveDataFeed } from "@/lib/server/public/workspace-routes";

// The schema.org DataFeed of every live ClaimReview, the form fact-check aggregators ingest.
export function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  return params.then((values) => serveDataFeed(request, values));
}
