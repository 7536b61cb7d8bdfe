import { serveFactCheck } from "@/lib/server/public/fact-check-routes";

// The public page of one published fact-check: no session, cached (lib/server/public/public-cache.ts).
export function GET(request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  return params.then((values) => serveFactCheck("page", request, values));
}
