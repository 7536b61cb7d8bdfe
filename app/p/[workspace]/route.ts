import { serveIndex } from "@/lib/server/public/workspace-routes";

// The workspace's published fact-checks, newest first, searchable with ?q= and paged with ?page=.
export function GET(request: Request, { params }: { params: Promise<{ workspace: string }> }) {
  return params.then((values) => serveIndex(request, values));
}
