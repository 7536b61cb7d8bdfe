import type { Metadata } from "next";
import Link from "next/link";
import { buildOpenApiDocument } from "@/lib/server/api/openapi";
import { SchemaView, typeLabel, type JsonSchema } from "./schema-view";

export const metadata: Metadata = { title: "API reference" };

interface Parameter { name: string; in: string; required: boolean; description?: string; schema: JsonSchema }
interface Operation {
  operationId: string;
  tags?: string[];
  summary: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
}

const METHOD_COLOURS: Record<string, string> = {
  get: "bg-slate-100 text-slate-800", post: "bg-green-100 text-green-900", put: "bg-amber-100 text-amber-900", patch: "bg-amber-100 text-amber-900", delete: "bg-red-100 text-red-900",
};

/** The OpenAPI document, read as a page: rendered here, no outside viewer or CDN. */
export default function ApiReferencePage() {
  const document = buildOpenApiDocument();
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, op]) => ({ path, method, op })),
  );
  const tags = [...new Set(operations.map(({ op }) => op.tags?.[0] ?? "Other"))];

  return (
    <main className="mx-auto max-w-5xl space-y-10 px-6 py-8">
      <header className="space-y-3">
        <p className="text-sm"><Link href="/w" className="text-blue-700 underline">Claimbench</Link></p>
        <h1 className="text-2xl font-semibold">API reference</h1>
        <p className="text-slate-700">{document.info.description}</p>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-700">
          <li>Base address: <code>/api/v1</code>. Machine-readable: <a href="/api/v1/openapi.json" className="text-blue-700 underline">openapi.json</a> (OpenAPI 3.1).</li>
          <li>Authenticate with <code>Authorization: Bearer &lt;token&gt;</code> (owners create tokens in workspace settings) or the app&apos;s session cookie. A token acts with its owner&apos;s current role; a read-only token cannot write.</li>
          <li>Errors are always <code>{"{ \"error\": { \"code\", \"message\", \"fields\"? } }"}</code>: 401 no credentials, 403 role, 404 not in your workspaces, 409 conflict, 413 too large, 422 bad input, 429 rate limited (see Retry-After).</li>
          <li>Lists take <code>limit</code> (50 by default, at most 200) and <code>cursor</code>; pass the answer&apos;s <code>next</code> as the cursor until it is null.</li>
        </ul>
        <nav aria-label="Resources" className="flex flex-wrap gap-3 text-sm">
          {tags.map((tag) => <a key={tag} href={`#${tag.toLowerCase()}`} className="text-blue-700 underline">{tag}</a>)}
        </nav>
      </header>
      {tags.map((tag) => (
        <section key={tag} id={tag.toLowerCase()} aria-labelledby={`${tag.toLowerCase()}-heading`} className="space-y-6">
          <h2 id={`${tag.toLowerCase()}-heading`} className="border-b border-slate-200 pb-1 text-xl font-semibold">{tag}</h2>
          {operations.filter(({ op }) => (op.tags?.[0] ?? "Other") === tag).map(({ path, method, op }) => (
            <OperationView key={op.operationId} path={path} method={method} op={op} />
          ))}
        </section>
      ))}
    </main>
  );
}

function OperationView({ path, method, op }: { path: string; method: string; op: Operation }) {
  const content = op.requestBody?.content ?? {};
  // An upload is a multipart form, some also the file itself as the body; other bodies are JSON.
  const form = content["multipart/form-data"]?.schema;
  const body = form ? undefined : content["application/json"]?.schema;
  const asWholeBody = form ? Object.keys(content).filter((type) => type !== "multipart/form-data") : [];
  const [success, ...errors] = Object.entries(op.responses);
  return (
    <article id={op.operationId} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h3 className="flex flex-wrap items-center gap-2 font-mono text-sm">
        <span className={`rounded px-2 py-0.5 font-semibold uppercase ${METHOD_COLOURS[method] ?? ""}`}>{method}</span>
        <span>/api/v1{path}</span>
      </h3>
      <p className="font-medium">{op.summary}</p>
      {op.description ? <p className="text-sm text-slate-700">{op.description}</p> : null}
      {op.parameters?.length ? (
        <div>
          <h4 className="text-sm font-semibold">Parameters</h4>
          <table className="w-full text-left text-sm">
            <tbody className="divide-y divide-slate-100 align-top">
              {op.parameters.map((p) => (
                <tr key={`${p.in}-${p.name}`}>
                  <td className="w-48 py-1 pr-3 font-mono text-xs">{p.name}{p.required ? <span className="text-red-700" title="required"> *</span> : null}</td>
                  <td className="w-16 py-1 pr-3 text-xs text-slate-500">{p.in}</td>
                  <td className="py-1 pr-3 font-mono text-xs">{typeLabel(p.schema)}</td>
                  <td className="py-1 text-slate-700">{p.description}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {body ? <div><h4 className="text-sm font-semibold">Body (JSON)</h4><SchemaView schema={body} /></div> : null}
      {form ? (
        <div>
          <h4 className="text-sm font-semibold">Body (multipart form)</h4>
          <SchemaView schema={form} />
          {asWholeBody.length ? <p className="mt-1 text-sm text-slate-700">Or the file itself as the body, sent as {asWholeBody.map((type, n) => <span key={type}>{n ? " or " : ""}<code className="text-xs">{type}</code></span>)}.</p> : null}
        </div>
      ) : null}
      {success ? (
        <div>
          <h4 className="text-sm font-semibold">Answer {success[0]}</h4>
          {success[1].content?.["application/json"] && Object.keys(success[1].content).length === 1 ? (
            <SchemaView schema={success[1].content["application/json"].schema} />
          ) : success[1].content ? (
            <ul className="space-y-0.5 text-sm text-slate-700">
              {Object.entries(success[1].content).map(([type, { schema }]) => <li key={type}><code className="text-xs">{type}</code>: {schema.description}</li>)}
            </ul>
          ) : <p className="text-sm text-slate-700">{success[1].description}</p>}
        </div>
      ) : null}
      <details className="text-sm">
        <summary className="cursor-pointer text-slate-600">Errors</summary>
        <ul className="mt-1 space-y-0.5">{errors.map(([status, r]) => <li key={status}><span className="font-mono">{status}</span> {r.description}</li>)}</ul>
      </details>
    </article>
  );
}
