// A news site on a local port, for the integration tests and the benchmark of import by URL: pages
// served from a table (with statuses, content types and redirects), on 127.0.0.1 at a port the system
// picks, which is added to CLAIMBENCH_FETCH_ALLOW (the fetcher refuses loopback addresses otherwise).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

export interface SitePage {
  status?: number;
  contentType?: string;
  body?: string | Uint8Array;
  /** Sent as a Location header (give a 301 or 302 status with it). */
  location?: string;
}

export interface LocalSite {
  origin: string;
  /** `path` on this site as a full address. */
  url(path: string): string;
  /** Serves `page` at `path` from now on. */
  set(path: string, page: SitePage): void;
  /** Requests per path so far. */
  hits: Map<string, number>;
  close(): Promise<void>;
}

/**
 * Starts the site; `fallback` answers paths not in the table (404 without it). The process may end
 * while it listens (unref): tests that share one site never need to close it.
 */
export async function startLocalSite(pages: Record<string, SitePage> = {}, fallback?: (path: string) => SitePage | null): Promise<LocalSite> {
  const served = new Map(Object.entries(pages));
  const hits = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://site").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    const page = served.get(path) ?? fallback?.(path);
    if (!page) return void response.writeHead(404, { "content-type": "text/plain" }).end("Not found");
    response.writeHead(page.status ?? 200, {
      "content-type": page.contentType ?? "text/html; charset=utf-8",
      ...(page.location ? { location: page.location } : {}),
    });
    response.end(page.body ?? "");
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  server.unref();
  const { port } = server.address() as AddressInfo;
  const host = `127.0.0.1:${port}`;
  const allowed = (process.env.CLAIMBENCH_FETCH_ALLOW ?? "").split(",").filter(Boolean);
  process.env.CLAIMBENCH_FETCH_ALLOW = [...allowed, host].join(",");
  const origin = `http://${host}`;
  return {
    origin,
    url: (path) => `${origin}${path}`,
    set: (path, page) => void served.set(path, page),
    hits,
    close: () => new Promise<void>((resolve) => {
      process.env.CLAIMBENCH_FETCH_ALLOW = (process.env.CLAIMBENCH_FETCH_ALLOW ?? "").split(",").filter((entry) => entry && entry !== host).join(",");
      server.closeAllConnections();
      server.close(() => resolve());
    }),
  };
}

/** A news article page with a text of its own: `tag` goes into its title and every paragraph. */
export function newsPage(tag: string, { title = `Report ${tag} on the city`, paragraphs = 3 }: { title?: string; paragraphs?: number } = {}): string {
  const body = Array.from({ length: paragraphs }, (_, n) =>
    `<p>Officials said about ${n + 12} million people lived under the group's rule in ${tag}, and that ${n + 40} percent of them had left by the end of the year.</p>`).join("\n");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title><script>window.tracking = true;</script></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${title}</h1>
${body}
</article><footer>© The Local Gazette</footer></body></html>`;
}
