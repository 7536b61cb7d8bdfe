// Writes the workspace JSON document (lib/schemas/workspace-json.ts) as a stream of text chunks: the
// head, then each section's rows batch by batch as the dump yields them, one row per line. Nothing
// waits for the whole workspace: a batch is read only when the consumer asks for more text, so a
// 100,000-claim workspace passes through in pieces of one batch each.
import {
  WORKSPACE_FORMAT,
  WORKSPACE_SCHEMA_VERSION,
  WORKSPACE_SECTIONS,
  type WorkspaceDocument,
  type WorkspaceDocumentRows,
  type WorkspaceSection,
} from "@/lib/schemas/workspace-json";

/** What the writer reads: the workspace row, then every section as batches of rows in document order. */
export interface WorkspaceDump {
  exportedAt: string;
  workspace: WorkspaceDocument["workspace"];
  sections: { [K in WorkspaceSection]: () => AsyncIterable<WorkspaceDocumentRows[K][]> };
}

export async function* writeWorkspaceJson(dump: WorkspaceDump): AsyncGenerator<string> {
  const head = { format: WORKSPACE_FORMAT, schemaVersion: WORKSPACE_SCHEMA_VERSION, exportedAt: dump.exportedAt };
  yield `${JSON.stringify(head).slice(0, -1)},\n"workspace":${JSON.stringify(dump.workspace)}`;
  for (const section of WORKSPACE_SECTIONS) {
    let first = true;
    let chunk = `,\n${JSON.stringify(section)}:[`;
    for await (const batch of dump.sections[section]()) {
      for (const row of batch) {
        chunk += `${first ? "" : ","}\n${JSON.stringify(row)}`;
        first = false;
      }
      yield chunk;
      chunk = "";
    }
    yield `${chunk}${first ? "" : "\n"}]`;
  }
  yield "\n}\n";
}

/** A dump held in memory (tests, small workspaces): each section as one batch. */
export function dumpFromDocument(document: WorkspaceDocument, batchSize = Number.POSITIVE_INFINITY): WorkspaceDump {
  const batches = <T>(rows: T[]) =>
    async function* () {
      for (let at = 0; at < rows.length; at += batchSize) yield rows.slice(at, at + batchSize);
    };
  const sections = Object.fromEntries(WORKSPACE_SECTIONS.map((section) => [section, batches(document[section] as unknown[])]));
  return { exportedAt: document.exportedAt, workspace: document.workspace, sections: sections as unknown as WorkspaceDump["sections"] };
}
