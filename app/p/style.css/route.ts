import { PUBLIC_STYLESHEET, PUBLIC_STYLESHEET_VERSION } from "@/lib/formats/public/public-stylesheet";

// The public pages' stylesheet. Pages link it with ?v={hash of its text}, so that address may be cached
// for a year; any other address of it gets the pages' own short caching.
export function GET(request: Request) {
  const current = new URL(request.url).searchParams.get("v") === PUBLIC_STYLESHEET_VERSION;
  return new Response(PUBLIC_STYLESHEET, {
    headers: { "Content-Type": "text/css; charset=utf-8", "Cache-Control": current ? "public, max-age=31536000, immutable" : "public, max-age=300" },
  });
}
