// npm run build — a production build, recorded so that `npm start` knows it is current.
import { spawn } from "node:child_process";
import path from "node:path";
import { recordBuild } from "./build-state";
import { runScript } from "./run";

const root = path.resolve(import.meta.dirname, "..");

runScript(async () => {
  const code = await new Promise<number>((resolve) => {
    spawn(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } })
      .on("exit", (exitCode) => resolve(exitCode ?? 1));
  });
  if (code === 0) await recordBuild();
  return code;
});
