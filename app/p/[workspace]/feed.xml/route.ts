import { serveAtomFeed } from "@/lib/server/public/workspace-routes";

// The Atom feed of the workspace's live fact-checks.
export function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  return params.then((values) => serveAtomFeed(request, values));
}
