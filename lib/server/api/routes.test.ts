import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020";
import { describe, expect, it } from "vitest";
import { buildOpenApiDocument } from "./openapi";
import { API_ROUTES, REFUSED_METHODS } from "./routes";
import { listRouteFiles } from "@test-support/call-api";

// Routes that are not part of the workspace API and so are not in the route list.
const OUTSIDE_THE_LIST = new Set(["/openapi.json"]);

/** The HTTP methods a route file exports, read from its source. */
function exportedMethods(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const direct = [...source.matchAll(/export\s+(?:const|async\s+function|function)\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1]!);
  const renamed = [...source.matchAll(/export\s*\{([^}]*)\}/g)].flatMap((m) => [...m[1]!.matchAll(/\bas\s+(GET|POST|PUT|PATCH|DELETE)\b/g)].map((n) => n[1]!));
  return [...direct, ...renamed].sort();
}

describe("the route list, the route files and the OpenAPI document", () => {
  const files = listRouteFiles().filter((file) => !OUTSIDE_THE_LIST.has(file.path));

  it("agree on every path and method", () => {
    const fromFiles = files.flatMap((file) => exportedMethods(file.file).map((method) => `${method} ${file.path}`)).sort();
    const fromList = [
      ...API_ROUTES.map((route) => `${route.method} ${route.path}`),
      ...REFUSED_METHODS.flatMap((refused) => refused.methods.map((method) => `${method} ${refused.path}`)),
    ].sort();
    expect(fromFiles).toEqual(fromList);

    const document = buildOpenApiDocument();
    const fromDocument = Object.entries(document.paths).flatMap(([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`)).sort();
    expect(fromDocument).toEqual(fromList);
  });

  it("gives every route a unique id and every path placeholder a schema", () => {
    expect(new Set(API_ROUTES.map((route) => route.id)).size).toBe(API_ROUTES.length);
    const document = buildOpenApiDocument();
    for (const route of API_ROUTES) {
      const op = (document.paths[route.path] as Record<string, { parameters: { name: string; in: string }[] }>)[route.method.toLowerCase()]!;
      const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      expect(op.parameters.filter((p) => p.in === "path").map((p) => p.name)).toEqual(names);
    }
  });

  it("holds JSON Schemas that compile, with path ids left out of request bodies", () => {
    const document = buildOpenApiDocument();
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    for (const route of API_ROUTES) {
      const op = (document.paths[route.path] as Record<string, Operation>)[route.method.toLowerCase()]!;
      const body = op.requestBody?.content["application/json"]?.schema;
      if (body) expect(() => ajv.compile(body), route.id).not.toThrow();
      for (const name of route.pathInBody ?? []) expect(JSON.stringify(body), `${route.id} body`).not.toContain(`"${name}"`);
      for (const response of Object.values(op.responses)) {
        const schema = response.content?.["application/json"]?.schema;
        if (schema && !("$ref" in schema)) expect(() => ajv.compile(schema), route.id).not.toThrow();
      }
    }
    const verdicts = (document.paths["/workspaces/{slug}/claims/{claimId}/verdicts"] as Record<string, Operation>).post!;
    expect((verdicts.requestBody!.content["application/json"]!.schema as { required: string[] }).required).toEqual(["ratingId", "rationale"]);
  });
});

interface Operation {
  requestBody?: { content: Record<string, { schema: object }> };
  responses: Record<string, { content?: Record<string, { schema: object }> }>;
}
