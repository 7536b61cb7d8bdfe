// Reads an uploaded workspace JSON file into a checked document, or says in one sentence what is wrong
// with it, naming the file: too large, empty, another format (PDF, HTML, binary), not UTF-8, malformed
// or cut-off JSON, not a Claimbench export, exported by a newer Claimbench, or failing validation (with
// the path of the first bad value). Nothing here touches the database: a refused file writes nothing.
import type { z } from "zod";
import { findBrokenReference } from "./workspace-json-references";
import { upgradeWorkspaceDocument } from "./workspace-json-upgrade";
import {
  WORKSPACE_FORMAT,
  WORKSPACE_SCHEMA_VERSION,
  workspaceDocumentSchema,
  type WorkspaceDocument,
} from "@/lib/schemas/workspace-json";
import { formatBytes, maxUploadBytes, tooLargeMessage } from "@/lib/uploads";

export type ReadResult = { ok: true; document: WorkspaceDocument } | { ok: false; message: string };

const refuse = (message: string): ReadResult => ({ ok: false, message });

export function readWorkspaceJson({ fileName, bytes, limit = maxUploadBytes() }: { fileName: string; bytes: Uint8Array; limit?: number }): ReadResult {
  const name = fileName || "The file";
  if (bytes.length > limit) return refuse(tooLargeMessage(name, bytes.length, limit));
  const other = sniffOtherFormat(bytes);
  if (other) return refuse(`${name} is ${other}, not a Claimbench workspace export (a .json file made by Export → JSON).`);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return refuse(`${name} is not UTF-8 text. A workspace export is a UTF-8 JSON file.`);
  }
  if (text.trim() === "") return refuse(`${name} is empty${bytes.length > 0 ? " (only whitespace)" : ""}. Choose the .json file of a workspace export.`);

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (endsEarly(text)) return refuse(`${name} ends in the middle of the JSON: it was cut off, perhaps by an interrupted download (${formatBytes(bytes.length)} received). Export the workspace again.`);
    return refuse(`${name} is not valid JSON: ${(error as SyntaxError).message}.`);
  }
  return checkDocument(name, value);
}

function checkDocument(name: string, value: unknown): ReadResult {
  const head = (typeof value === "object" && value !== null && !Array.isArray(value) ? value : {}) as Record<string, unknown>;
  if (head.format !== WORKSPACE_FORMAT) {
    return refuse(`${name} is JSON but not a Claimbench workspace export: it lacks "format": "${WORKSPACE_FORMAT}".`);
  }
  const version = head.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1) {
    return refuse(`${name} has no valid schemaVersion (a whole number from 1), so it cannot be read.`);
  }
  if (version > WORKSPACE_SCHEMA_VERSION) {
    return refuse(`${name} was exported by a newer Claimbench (schema version ${version}; this one reads up to ${WORKSPACE_SCHEMA_VERSION}). Upgrade Claimbench to import it.`);
  }
  const upgraded = upgradeWorkspaceDocument(head, version);
  const parsed = workspaceDocumentSchema.safeParse(upgraded);
  if (!parsed.success) return refuse(`${name} does not match the workspace export format: ${describeIssue(parsed.error, upgraded)}`);
  const broken = findBrokenReference(parsed.data);
  if (broken) return refuse(`${name} does not hold together: at ${broken.path}, ${broken.message}.`);
  return { ok: true, document: parsed.data };
}

function describeIssue(error: z.ZodError, document: Record<string, unknown>): string {
  const issue = error.issues[0]!;
  const path = issue.path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : `${out}${out ? "." : ""}${String(key)}`), "") + namedPublication(issue.path, document);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more ${error.issues.length === 2 ? "problem" : "problems"})` : "";
  // Messages written as sentences end in a full stop already; this one ends the whole sentence.
  return `at ${path || "the top level"}, ${issue.message.replace(/\.$/, "")}${more}.`;
}

/**
 * A publication is named by its id as well as its place: it is what a reader knows it by (its public
 * address /p/{slug}/{id}), and a desk with hundreds of them would otherwise count rows to find it.
 */
function namedPublication(path: readonly PropertyKey[], document: Record<string, unknown>): string {
  if (path[0] !== "publications" || typeof path[1] !== "number" || !Array.isArray(document.publications)) return "";
  const row: unknown = document.publications[path[1]];
  const id = row && typeof row === "object" ? (row as { id?: unknown }).id : undefined;
  return typeof id === "string" ? ` (publication ${id.slice(0, 40)})` : "";
}

/** Another format's signature at the start of the file, described for people; null when none is seen. */
function sniffOtherFormat(bytes: Uint8Array): string | null {
  const start = new TextDecoder("latin1").decode(bytes.subarray(0, 512)).replace(/^\uFEFF|^ï»¿/, "").trimStart().toLowerCase();
  if (start.startsWith("%pdf-")) return "a PDF document";
  if (start.startsWith("pk\u0003\u0004")) return "a ZIP archive (or a Word or Excel file)";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "a gzip archive";
  if ((bytes[0] === 0x89 && start.startsWith("\u0089png")) || (bytes[0] === 0xff && bytes[1] === 0xd8) || start.startsWith("gif8")) return "an image";
  if (start.startsWith("<!doctype html") || start.startsWith("<html") || /^<(head|body|meta|title|div|p)\b/.test(start)) return "an HTML page";
  if (start.startsWith("<?xml") || start.startsWith("<")) return "an XML or HTML document";
  if (bytes.subarray(0, 4096).includes(0)) return "a binary file";
  return null;
}

/** True when the text stops inside a string or with brackets still open: a cut-off file, not a typo. */
export function endsEarly(text: string): boolean {
  let depth = 0;
  let inString = false;
  for (let at = 0; at < text.length; at += 1) {
    const char = text[at];
    if (inString) {
      if (char === "\\") at += 1;
      else if (char === '"') inString = false;
    } else if (char === '"') inString = true;
    else if (char === "{" || char === "[") depth += 1;
    else if (char === "}" || char === "]") depth -= 1;
  }
  return inString || depth > 0;
}
