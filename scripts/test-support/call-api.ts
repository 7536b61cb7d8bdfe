// Calls the /api/v1 route handlers in-process, with real Request objects, as Next.js would: the
// route file is found from the URL the way the App Router finds it. For integration tests.
import { readdirSync } from "node:fs";
import path from "node:path";
import { PEER_HEADER } from "@/lib/server/http/trusted-proxies";

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api/v1");

export interface RouteFile {
  /** As in lib/server/api/routes.ts: /workspaces/{slug}/claims/{claimId} */
  path: string;
  file: string;
}

/** Every route.ts under app/api/v1, with its path in the registry's notation. */
export function listRouteFiles(): RouteFile[] {
  const found: RouteFile[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "route.ts") {
        const relative = path.relative(apiDir, dir).split(path.sep).filter(Boolean);
        found.push({ path: `/${relative.map((part) => part.replace(/^\[(\w+)\]$/, "{$1}")).join("/")}`.replace(/\/$/, "") || "/", file: full });
      }
    }
  };
  walk(apiDir);
  return found;
}

type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

const modules = new Map<string, Promise<Record<string, unknown>>>();
const loadRoute = (file: string) => {
  if (!modules.has(file)) modules.set(file, import(/* @vite-ignore */ file) as Promise<Record<string, unknown>>);
  return modules.get(file)!;
};

export interface ApiCall {
  method: string;
  /** Under /api/v1, with the query string if any: /workspaces/x/claims?limit=2 */
  url: string;
  token?: string;
  body?: unknown;
  /** A raw body, sent as is (for malformed JSON and size limits). */
  rawBody?: string;
  /** A multipart form (uploads): files by name and content, and text fields. */
  multipart?: { files: { field?: string; name: string; content: string | Uint8Array }[]; fields?: Record<string, string> };
  headers?: Record<string, string>;
  /** For a stream that stays open (events): read the first chunk, then end the stream. */
  firstBytesOnly?: boolean;
}

export async function callApi(call: ApiCall): Promise<{ status: number; body: unknown; headers: Headers }> {
  const url = new URL(`http://localhost/api/v1${call.url}`);
  const segments = url.pathname.replace(/^\/api\/v1/, "").split("/").filter(Boolean);
  // As the App Router does: a folder named like the segment wins over a [placeholder] (articles/import
  // before articles/{articleId}).
  const placeholders = (file: RouteFile) => (file.path.match(/\{/g) ?? []).length;
  const route = listRouteFiles()
    .filter((candidate) => {
      const parts = candidate.path.split("/").filter(Boolean);
      return parts.length === segments.length && parts.every((part, n) => part.startsWith("{") || part === segments[n]);
    })
    .sort((a, b) => placeholders(a) - placeholders(b))[0];
  if (!route) throw new Error(`No route file for ${url.pathname}`);
  const params: Record<string, string> = {};
  route.path.split("/").filter(Boolean).forEach((part, n) => {
    if (part.startsWith("{")) params[part.slice(1, -1)] = decodeURIComponent(segments[n]!);
  });
  const routeModule = await loadRoute(route.file);
  const handler = routeModule[call.method] as Handler | undefined;
  if (!handler) return { status: 405, body: null, headers: new Headers() };
  const headers = new Headers(call.headers);
  if (call.token) headers.set("authorization", `Bearer ${call.token}`);
  // The socket's address, as scripts/serve.mjs writes it: a random one unless the test names one.
  if (!headers.has(PEER_HEADER)) headers.set(PEER_HEADER, `10.${rand()}.${rand()}.${rand()}`);
  const text = call.rawBody ?? (call.body === undefined ? undefined : JSON.stringify(call.body));
  if (text !== undefined && !headers.has("content-type")) headers.set("content-type", "application/json");
  // A form's Content-Type (with its boundary) is set by Request itself.
  const body = call.multipart ? toFormData(call.multipart) : text;
  const response = await handler(new Request(url, { method: call.method, headers, body }), { params: Promise.resolve(params) });
  const raw = call.firstBytesOnly && response.ok ? await readFirstChunk(response) : await response.text();
  // JSON answers parsed; files (CSV, Markdown, PDF…) as text.
  const isJson = /json/.test(response.headers.get("content-type") ?? "application/json");
  return { status: response.status, body: raw ? (isJson ? (JSON.parse(raw) as unknown) : raw) : null, headers: response.headers };
}

async function readFirstChunk(response: Response): Promise<string> {
  const reader = response.body!.getReader();
  const { value } = await reader.read();
  await reader.cancel();
  return new TextDecoder().decode(value);
}

const rand = () => Math.floor(Math.random() * 250);

function toFormData({ files, fields = {} }: NonNullable<ApiCall["multipart"]>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  for (const file of files) form.append(file.field ?? "files", new Blob([typeof file.content === "string" ? file.content : new Uint8Array(file.content)]), file.name);
  return form;
}
