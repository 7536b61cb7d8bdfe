// A client that knows the API only through its OpenAPI document, as a script written from
// /api/v1/openapi.json would: operations are found by operationId in the document, requests are
// checked against the document's parameters and request schemas before they are sent, and answers
// against its response schemas. It sends through callApi, which runs the real route handlers. Tests only.
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { callApi } from "./call-api";

type Json = Record<string, unknown>;
interface Parameter { name: string; in: "path" | "query" | "header"; required?: boolean; schema: Json }
interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { required?: boolean; content: Record<string, { schema: Json }> };
  responses: Record<string, { content?: Record<string, { schema: Json }> }>;
}
export interface OpenApiDocument { servers: { url: string }[]; paths: Record<string, Record<string, Operation>>; components: Json }

export interface CallOptions {
  token?: string;
  path?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
  body?: unknown;
}

export function openApiClient(document: OpenApiDocument) {
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  ajv.addSchema({ $id: "doc", components: document.components });
  const compiled = new Map<Json, ValidateFunction>();
  const validatorOf = (schema: Json) => {
    if (!compiled.has(schema)) compiled.set(schema, ajv.compile(typeof schema.$ref === "string" ? { $ref: `doc${schema.$ref}` } : schema));
    return compiled.get(schema)!;
  };
  const conform = (schema: Json, value: unknown, what: string) => {
    const validate = validatorOf(schema);
    if (!validate(value)) throw new Error(`${what} does not match the document: ${ajv.errorsText(validate.errors)}\n${JSON.stringify(value).slice(0, 400)}`);
  };

  function find(operationId: string) {
    for (const [path, operations] of Object.entries(document.paths)) {
      for (const [method, operation] of Object.entries(operations)) if (operation.operationId === operationId) return { path, method: method.toUpperCase(), operation };
    }
    throw new Error(`The document has no operation ${operationId}.`);
  }

  /** Calls an operation; answers its status and body, the body checked against the document. */
  async function call(operationId: string, options: CallOptions = {}): Promise<{ status: number; body: unknown }> {
    const { path, method, operation } = find(operationId);
    const parameters = operation.parameters ?? [];
    for (const given of Object.keys(options.query ?? {})) {
      if (!parameters.some((p) => p.in === "query" && p.name === given)) throw new Error(`${operationId} takes no query parameter ${given}.`);
    }
    for (const p of parameters.filter((p) => p.required && p.in !== "path")) {
      const value = p.in === "query" ? options.query?.[p.name] : options.headers?.[p.name];
      if (value === undefined) throw new Error(`${operationId} needs the ${p.in} parameter ${p.name}.`);
    }
    const url = path.replace(/\{(\w+)\}/g, (_, name: string) => {
      const parameter = parameters.find((p) => p.in === "path" && p.name === name);
      const value = options.path?.[name];
      if (!parameter || value === undefined) throw new Error(`${operationId} needs the path parameter ${name}.`);
      conform(parameter.schema, value, `${operationId}: path parameter ${name}`);
      return encodeURIComponent(value);
    });
    const search = new URLSearchParams(options.query).toString();
    if (options.body !== undefined) {
      const schema = operation.requestBody?.content["application/json"]?.schema;
      if (!schema) throw new Error(`${operationId} takes no JSON body.`);
      conform(schema, options.body, `${operationId}: request body`);
    } else if (operation.requestBody?.required) throw new Error(`${operationId} needs a body.`);

    // callApi takes addresses under the document's server (/api/v1).
    if (document.servers[0]?.url !== "/api/v1") throw new Error("The document's server moved; teach callApi where.");
    const response = await callApi({ method, url: `${url}${search ? `?${search}` : ""}`, token: options.token, headers: options.headers, body: options.body });
    const declared = operation.responses[String(response.status)];
    if (!declared) throw new Error(`${operationId} answered ${response.status}, which the document does not list: ${JSON.stringify(response.body)}`);
    const schema = declared.content?.["application/json"]?.schema;
    if (schema) conform(schema, response.body, `${operationId}: answer ${response.status}`);
    else if (response.body !== null) throw new Error(`${operationId} answered ${response.status} with a body the document does not describe.`);
    return response;
  }

  return { call, find };
}
