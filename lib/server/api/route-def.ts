import type { z } from "zod";
import type { Role } from "@/lib/domain/roles";
import type { UploadSpec } from "@/lib/server/http/upload-request";

// The shape of one /api/v1 route entry (./routes.ts lists them, by area under ./routes/).

export type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";

export interface ApiRouteDef {
  id: string;
  method: Method;
  /** Under /api/v1, with {placeholders} named as the route folders' [segments]. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** The smallest role that may call it at all; lib/data may refuse finer cases (own claims only…). */
  role: Role;
  query?: z.ZodType;
  body?: z.ZodType;
  /** Path placeholders copied into the body before parsing, for form schemas that carry the id. */
  pathInBody?: readonly string[];
  /** Request headers the endpoint reads, for the document. */
  headers?: Record<string, { required: boolean; description: string }>;
  response?: z.ZodType;
  status: 200 | 201 | 202 | 204;
  /** A multipart upload instead of a JSON body (lib/server/http/upload-request.ts reads it, under the app's upload limits). */
  upload?: UploadDef;
  maxBodyBytes?: number;
  /** The handler answers with its own Response (streams, files); `response` may then be left out. */
  raw?: boolean;
  /** For a raw route: the media types it may answer with, and what each holds (for the document). */
  rawContent?: Record<string, string>;
  /** Error statuses particular to this route, with when they happen. */
  errors?: Record<string, string>;
  /**
   * About the caller's account, not one workspace (no {slug}): any signed-in user may call it with their
   * session; an API token, which belongs to one workspace, is refused (403). `role` is then unused.
   */
  account?: true;
}

export interface UploadDef extends UploadSpec {
  /** What the files are, for the document. */
  description: string;
  minFiles: 1;
}
