// The project's import graph as dependency-cruiser reads it (.dependency-cruiser.cjs): what `npm test`
// checks ("Import rules") and what `npm run deps:graph` summarises. One list of folders for both, so the
// figures are about exactly the code the rules hold.
import { spawn } from "node:child_process";
import path from "node:path";

export const root = path.resolve(import.meta.dirname, "..");

/** Every folder and top-level file with code in it; lib/generated and node_modules are read, not followed. */
export const IMPORT_GRAPH_ROOTS = ["app", "lib", "seeds", "scripts", "bench", "e2e", "proxy.ts", "instrumentation.ts", "instrumentation-client.ts"];

export const DEPCRUISE = path.join(root, "node_modules/dependency-cruiser/bin/dependency-cruise.mjs");

/** The arguments that check the rules and print each broken one as `rule: from → to` with the rule's reason. */
export const checkArgs = () => [DEPCRUISE, "--config", ".dependency-cruiser.cjs", "--output-type", "err-long", ...IMPORT_GRAPH_ROOTS];

export interface CruisedModule {
  source: string;
  coreModule?: boolean;
  dependencies: { resolved: string; dependencyTypes: string[]; coreModule?: boolean; couldNotResolve?: boolean }[];
}

export interface CruisedGraph {
  modules: CruisedModule[];
  /** The broken rules; `to` equals `from` for a rule about one module (lib-is-production-code). */
  violations: { rule: { name: string }; from: string; to: string }[];
}

/** The graph as dependency-cruiser's JSON; broken rules do not stop it (the check step reports them). */
export function cruiseGraph(): Promise<CruisedGraph> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [DEPCRUISE, "--config", ".dependency-cruiser.cjs", "--output-type", "json", ...IMPORT_GRAPH_ROOTS], { cwd: root, stdio: ["ignore", "pipe", "inherit"] });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => chunks.push(chunk));
    child.on("error", reject);
    child.on("exit", () => {
      try {
        const result = JSON.parse(Buffer.concat(chunks).toString("utf8")) as { modules: CruisedModule[]; summary: { violations: CruisedGraph["violations"] } };
        resolve({ modules: result.modules, violations: result.summary.violations });
      } catch (error) {
        reject(new Error(`dependency-cruiser printed no graph: ${String(error)}`));
      }
    });
  });
}
