import { serveFactCheck } from "@/lib/server/public/fact-check-routes";

// The verdict card that newsrooms iframe: the only route other sites may frame (proxy.ts, next.config.js).
export function GET(request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  return params.then((values) => serveFactCheck("embed", request, values));
}
