import { serveFactCheck } from "@/lib/server/public/fact-check-routes";

// The 1200×630 social card (og:image), cached by validator like the page.
export function GET(request: Request, { params }: { params: Promise<{ workspace: string; id: string }> }) {
  return params.then((values) => serveFactCheck("card", request, values));
}
