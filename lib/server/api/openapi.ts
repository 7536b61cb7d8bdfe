import { z } from "zod";
import { ROLE_LABELS } from "@/lib/domain/roles";
import { errorResponseSchema } from "@/lib/schemas/api";
import { API_ROUTES, REFUSED_METHODS, type ApiRouteDef, type UploadDef } from "./routes";

// The OpenAPI 3.1 document of /api/v1, generated from the route list and the same zod schemas the
// handlers parse with (zod 4's toJSONSchema: requests as accepted, "input"; answers as sent,
// "output"). Nothing here is written by hand per endpoint, so the document cannot drift.

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: "input" | "output"): JsonSchema => {
  const { $schema: _ignored, ...json } = z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as JsonSchema;
  return json;
};

/** Removes path placeholders that the handler copies into the body: clients send them in the path. */
function withoutProperties(schema: JsonSchema, names: readonly string[]): JsonSchema {
  if (names.length === 0) return schema;
  const copy: JsonSchema = { ...schema };
  if (copy.properties && typeof copy.properties === "object") {
    copy.properties = Object.fromEntries(Object.entries(copy.properties as JsonSchema).filter(([key]) => !names.includes(key)));
  }
  if (Array.isArray(copy.required)) copy.required = (copy.required as string[]).filter((key) => !names.includes(key));
  for (const key of ["allOf", "anyOf", "oneOf"] as const) {
    if (Array.isArray(copy[key])) copy[key] = (copy[key] as JsonSchema[]).map((part) => withoutProperties(part, names));
  }
  return copy;
}

const ERROR_RESPONSES: Record<string, string> = {
  "401": "No credentials, or a token that is unknown, revoked or expired.",
  "403": "The caller's role may not do this, or the token is read-only.",
  "404": "No such record in the caller's workspaces (records of other workspaces are never revealed).",
  "422": "Bad input; `error.fields` names each field and what to fix.",
  "429": "Too many requests from this token or address; wait for Retry-After seconds.",
  "503": "The database is unavailable; nothing was read or saved. Try again after Retry-After seconds.",
};

/** A file answer: each media type with what it holds; JSON ones are objects or arrays, the rest text or bytes. */
function rawResponse(content: Record<string, string>) {
  const schemaOf = (type: string): JsonSchema =>
    type.endsWith("json") ? { type: ["object", "array"] } : type.startsWith("text/") ? { type: "string" } : { type: "string", contentMediaType: type };
  return {
    description: `A file, streamed: ${Object.values(content).join("; ")}.`,
    headers: { "Content-Disposition": { description: "attachment; filename=… (the file's name).", schema: { type: "string" } } },
    content: Object.fromEntries(Object.entries(content).map(([type, description]) => [type, { schema: { ...schemaOf(type), description } }])),
  };
}

/**
 * An upload's request body: a multipart form with its file part and the route's other fields (from
 * the same zod schema the handler parses them with), and any media type the file may come as alone.
 */
function uploadRequestBody(upload: UploadDef) {
  const fields = upload.fields ? toSchema(upload.fields, "input") : { type: "object", properties: {} };
  const file: JsonSchema = { type: "string", contentMediaType: "application/octet-stream" };
  const files: JsonSchema = upload.maxFiles === 1
    ? { ...file, description: `${upload.description}.` }
    : { type: "array", items: file, minItems: upload.minFiles, maxItems: upload.maxFiles, description: `${upload.description}: one part named "${upload.field}" per file.` };
  const form = {
    ...fields,
    type: "object",
    properties: { [upload.field]: files, ...(fields.properties as JsonSchema | undefined) },
    required: [upload.field, ...((fields.required as string[] | undefined) ?? [])],
  };
  const whole = Object.fromEntries((upload.wholeBody ?? []).map((type) => [type, { schema: { type: ["object", "array"], description: "The file itself as the body." } }]));
  return { required: true, content: { "multipart/form-data": { schema: form, encoding: { [upload.field]: { contentType: "application/octet-stream" } } }, ...whole } };
}

function operation(route: ApiRouteDef) {
  const parameters: JsonSchema[] = [...route.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({
    name,
    in: "path",
    required: true,
    schema: name === "slug" ? { type: "string", pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$" } : { type: "string", format: "uuid" },
  }));
  if (route.query) {
    const query = toSchema(route.query, "input");
    const required = new Set((query.required as string[] | undefined) ?? []);
    for (const [name, schema] of Object.entries((query.properties as Record<string, JsonSchema>) ?? {})) {
      const { description, ...rest } = schema;
      parameters.push({ name, in: "query", required: required.has(name) && rest.default === undefined, schema: rest, ...(description ? { description } : {}) });
    }
  }
  for (const [name, header] of Object.entries(route.headers ?? {})) parameters.push({ name, in: "header", required: header.required, description: header.description, schema: { type: "string" } });

  const responses: Record<string, unknown> = {};
  responses[String(route.status)] =
    route.rawContent
      ? rawResponse(route.rawContent)
      : route.status === 204 || !route.response
        ? { description: route.status === 204 ? "Done; no content." : "The answer." }
        : { description: route.status === 202 ? "Accepted: the work goes on as a job; follow it with GET jobs/{jobId}." : "Success.", content: { "application/json": { schema: toSchema(route.response, "output") } } };
  const errors = { ...ERROR_RESPONSES, ...route.errors };
  // A route that says when it answers 409 keeps its own words.
  if (route.method !== "GET") errors["409"] ??= "A version conflict (someone saved first) or a duplicate.";
  if (route.body) errors["413"] = `The body is over ${Math.round((route.maxBodyBytes ?? 256 * 1024) / 1024)} KB.`;
  if (route.body) errors["415"] = "The body is not sent as application/json.";
  for (const [status, description] of Object.entries(errors)) responses[status] = { description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } };

  return {
    operationId: route.id,
    tags: [route.tag],
    summary: route.summary,
    description: [route.description, route.account ? "Any signed-in user, with their session (an API token belongs to one workspace and is refused)." : `Needs the ${ROLE_LABELS[route.role].toLowerCase()} role or above.`].filter(Boolean).join(" "),
    ...(route.account ? {} : { "x-minimum-role": route.role }),
    parameters,
    ...(route.body ? { requestBody: { required: true, content: { "application/json": { schema: withoutProperties(toSchema(route.body, "input"), route.pathInBody ?? []) } } } } : {}),
    ...(route.upload ? { requestBody: uploadRequestBody(route.upload) } : {}),
    responses,
  };
}

export function buildOpenApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of API_ROUTES) (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(route);
  for (const refused of REFUSED_METHODS) {
    for (const method of refused.methods) {
      (paths[refused.path] ??= {})[method.toLowerCase()] = {
        operationId: `${method.toLowerCase()}Refused${refused.path.replace(/\W+/g, "_")}`,
        tags: [API_ROUTES.find((route) => route.path === refused.path)?.tag ?? "Other"],
        summary: "Not allowed",
        description: refused.reason,
        responses: { "405": { description: refused.reason, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } } },
      };
    }
  }
  return {
    openapi: "3.1.0",
    info: {
      title: "Claimbench API",
      version: "1",
      description: "Articles, claims, evidence, verdicts, sources, the rating scale, members, assignments, claim histories, agreement statistics, the disagreement queue and imports of a workspace, with the same validation and permissions as the app.",
    },
    servers: [{ url: "/api/v1" }],
    security: [{ bearerToken: [] }, { sessionCookie: [] }],
    paths,
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A personal API token from the workspace settings." },
        sessionCookie: { type: "apiKey", in: "cookie", name: "next-auth.session-token", description: "The app's sign-in session." },
      },
      schemas: { Error: toSchema(errorResponseSchema, "output") },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
