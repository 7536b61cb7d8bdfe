// Decides whether `next build` must run: the build is stale when any input of it changed since the
// last build, which is recorded as a hash of those inputs beside the build output.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const distDir = path.join(root, process.env.CLAIMBENCH_DIST_DIR || ".next");
const stateFile = path.join(distDir, "claimbench-build.json");
const INPUT_DIRS = ["app", "lib", "public"];
const INPUT_FILES = ["package.json", "package-lock.json", "next.config.js", "instrumentation.ts", "instrumentation-client.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "prisma/schema.prisma"];
const SKIP_DIRS = new Set(["generated", "node_modules"]);

async function listFiles(dir: string): Promise<string[]> {
  if (!existsSync(dir)) return [];
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : listFiles(full);
      return /\.test\.tsx?$/.test(entry.name) ? [] : [full];
    }),
  );
  return nested.flat();
}

async function hashInputs(): Promise<string> {
  const files = [
    ...(await Promise.all(INPUT_DIRS.map((dir) => listFiles(path.join(root, dir))))).flat(),
    ...INPUT_FILES.map((file) => path.join(root, file)).filter((file) => existsSync(file)),
  ].sort();
  const hash = createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file)).update("\0").update(await readFile(file)).update("\0");
  }
  return hash.digest("hex");
}

export async function buildIsCurrent(): Promise<boolean> {
  if (!existsSync(path.join(distDir, "BUILD_ID")) || !existsSync(stateFile)) return false;
  const recorded = JSON.parse(await readFile(stateFile, "utf8")) as { inputs?: string };
  return recorded.inputs === (await hashInputs());
}

export async function recordBuild(): Promise<void> {
  await writeFile(stateFile, JSON.stringify({ inputs: await hashInputs(), builtAt: new Date().toISOString() }));
}
