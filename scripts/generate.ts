// Generates the Prisma client offline. The CLI insists on resolving a native schema engine even for
// `generate`, which needs none; pointing it at a path that does not exist stops it from trying to
// download one from a host these machines cannot reach.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const result = spawnSync(
  process.execPath,
  [path.join(root, "node_modules/prisma/build/index.js"), "generate"],
  {
    cwd: root,
    stdio: "inherit",
    env: {
      ...process.env,
      PRISMA_SCHEMA_ENGINE_BINARY:
        process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? dummyEngine(),
      PRISMA_HIDE_UPDATE_MESSAGE: "1",
      CHECKPOINT_DISABLE: "1",
    },
  },
);
process.exit(result.status ?? 1);

function dummyEngine(): string {
  // The file must exist, but is never executed by `generate`.
  const file = path.join(root, "node_modules/.cache/prisma-no-schema-engine");
  mkdirSync(path.dirname(file), { recursive: true });
  if (!existsSync(file)) writeFileSync(file, "");
  return file;
}
