// What a pid names, beyond "kill(pid, 0) succeeds". That check also succeeds for a zombie (a process
// that has died but not yet been reaped: for a moment after a kill -9, or for good under a PID 1
// that does not reap) and for an unrelated process that got a dead one's pid. On Linux /proc says
// which; elsewhere we fall back to kill(pid, 0).
import { readFile } from "node:fs/promises";
import path from "node:path";

export interface ProcessInfo {
  state: "gone" | "zombie" | "running";
  /** Its arguments, when readable. */
  args: string[] | null;
  /** Kernel start time (clock ticks since boot): with the pid, names one process for good. */
  startTime: string | null;
}

export async function inspectProcess(pid: number): Promise<ProcessInfo> {
  let stat: string;
  try {
    stat = await readFile(`/proc/${pid}/stat`, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" && (await hasProc())) return { state: "gone", args: null, startTime: null };
    return { state: signalable(pid) ? "running" : "gone", args: null, startTime: null };
  }
  // "pid (comm) state ppid …": comm may hold spaces and parentheses, so split after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const state = fields[0] === "Z" || fields[0] === "X" ? "zombie" : "running";
  let args: string[] | null = null;
  try {
    args = (await readFile(`/proc/${pid}/cmdline`, "utf8")).split("\0").filter(Boolean);
  } catch {
    args = null;
  }
  return { state, args, startTime: fields[19] ?? null };
}

let procAvailable: Promise<boolean> | null = null;
function hasProc(): Promise<boolean> {
  procAvailable ??= readFile("/proc/self/stat", "utf8").then(() => true, () => false);
  return procAvailable;
}

function signalable(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Running: neither gone nor a zombie. */
export async function isRunning(pid: number): Promise<boolean> {
  return (await inspectProcess(pid)).state === "running";
}

/** This process's identity, as written into the owner file. */
export async function ownIdentity(): Promise<string> {
  const { startTime } = await inspectProcess(process.pid);
  return startTime ? `${process.pid} ${startTime}` : String(process.pid);
}

/** True when the owner file names a process that still runs and is the one that wrote it. */
export async function isOwnerRunning(owner: { pid: number; startTime: string | null }): Promise<boolean> {
  const found = await inspectProcess(owner.pid);
  if (found.state !== "running") return false;
  return owner.startTime === null || found.startTime === null || found.startTime === owner.startTime;
}

/** Whether the process is a postmaster serving this data directory ("-D <dataDir>" among its arguments). */
export async function isPostmasterOf(pid: number, dataDir: string): Promise<"yes" | "no" | "zombie" | "gone"> {
  const found = await inspectProcess(pid);
  if (found.state !== "running") return found.state;
  if (!found.args) return "yes"; // not knowable here: trust the pid file, as Postgres itself does
  const at = found.args.indexOf("-D");
  const dir = at >= 0 ? found.args[at + 1] : undefined;
  return dir !== undefined && path.resolve(dir) === path.resolve(dataDir) ? "yes" : "no";
}

/** Until the process has exited (a zombie counts as exited, unless `reaped` asks for it to be gone). */
export async function waitForExit(pid: number, timeoutMs: number, { reaped = false } = {}): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (reaped ? (await inspectProcess(pid)).state !== "gone" : await isRunning(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}
