import { describe, expect, it } from "vitest";
import { dumpFromDocument, writeWorkspaceJson, type WorkspaceDump } from "./workspace-json";
import { workspaceFixture } from "@test-support/workspace-json-fixture";
import { readGolden } from "@test-support/report-fixture";
import { readWorkspaceJson } from "./workspace-json-read";

async function collect(chunks: AsyncIterable<string>) {
  let text = "";
  for await (const chunk of chunks) text += chunk;
  return text;
}

describe("workspace JSON writer", () => {
  // UPDATE_GOLDEN=1 rewrites the golden file from the fixture (scripts/test-support/workspace-json-fixture.ts):
  // read the diff by eye before committing it.
  it("writes the golden document: one row per line, Arabic text as is", async () => {
    const text = await collect(writeWorkspaceJson(dumpFromDocument(workspaceFixture())));
    expect(text).toBe(readGolden("workspace.json", text));
    expect(text).toContain("نهاية الخلافة");
  });

  it("writes what the reader reads back unchanged, whatever the batch size", async () => {
    for (const batchSize of [1, 2, 1000]) {
      const text = await collect(writeWorkspaceJson(dumpFromDocument(workspaceFixture(), batchSize)));
      const read = readWorkspaceJson({ fileName: "desk.json", bytes: new TextEncoder().encode(text) });
      expect(read).toEqual({ ok: true, document: workspaceFixture() });
    }
  });

  it("writes empty sections as empty arrays", async () => {
    const empty = { ...workspaceFixture(), claims: [], evidence: [], verdicts: [], assignments: [], auditEvents: [] };
    const text = await collect(writeWorkspaceJson(dumpFromDocument(empty)));
    expect(JSON.parse(text)).toEqual(empty);
  });

  it("reads a batch only when the consumer asks for more text", async () => {
    const pulled: number[] = [];
    const base = dumpFromDocument(workspaceFixture());
    const claims = async function* () {
      for (let n = 0; n < 5; n += 1) {
        pulled.push(n);
        yield [workspaceFixture().claims[0]!];
      }
    };
    const dump: WorkspaceDump = { ...base, sections: { ...base.sections, claims } };
    const chunks = writeWorkspaceJson(dump)[Symbol.asyncIterator]();
    let text = "";
    while (!text.includes('"claims":[')) text += (await chunks.next()).value;
    expect(pulled).toEqual([0]);
    await chunks.next();
    expect(pulled).toEqual([0, 1]);
  });
});
