import net from "node:net";
import { DbSetupError } from "../lib/db/errors";

export async function assertPortFree(port: number, host: string, setting: string): Promise<void> {
  const free = await new Promise<boolean>((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
  if (!free) throw new DbSetupError(`Port ${port} is already in use. Set ${setting} to a free port, for example ${setting}=${port + 1}.`);
}

/** Polls until the URL answers at all (any status), or fails after timeoutMs. */
export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await fetch(url, { redirect: "manual", signal: AbortSignal.timeout(5_000) });
      return;
    } catch {
      if (Date.now() > deadline) throw new DbSetupError(`The app did not answer at ${url} within ${timeoutMs / 1000} s.`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
}
