import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkStartUpSettings } from "@/lib/server/start-up-checks";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs `npm start`'s script with these settings; it must stop before starting anything. */
function start(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const base = { ...process.env };
    for (const name of ["DATABASE_URL", "NEXTAUTH_SECRET", "CLAIMBENCH_TRUSTED_PROXIES"]) delete base[name];
    const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", path.join(root, "scripts/start.ts")], {
      cwd: root,
      // A port nobody listens on: were the check missing, start-up would fail later, differently.
      env: { ...base, PORT: "3999", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    // Were a check missing, start-up would go on to start things: stop it rather than wait.
    const timer = setTimeout(() => child.kill("SIGINT"), 30_000);
    child.on("exit", (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

describe("start-up settings", () => {
  it("a shared database needs the shared secret; the embedded one makes its own", () => {
    expect(() => checkStartUpSettings({ DATABASE_URL: "postgresql://db/claimbench" })).toThrow(/DATABASE_URL is set but NEXTAUTH_SECRET is not/);
    expect(() => checkStartUpSettings({ DATABASE_URL: "postgresql://db/claimbench", NEXTAUTH_SECRET: "" })).toThrow(/NEXTAUTH_SECRET/);
    expect(() => checkStartUpSettings({ DATABASE_URL: "postgresql://db/claimbench", NEXTAUTH_SECRET: "s3cret" })).not.toThrow();
    expect(() => checkStartUpSettings({})).not.toThrow();
  });

  it("npm start refuses DATABASE_URL without NEXTAUTH_SECRET, and a malformed CLAIMBENCH_TRUSTED_PROXIES, naming the setting", { timeout: 60_000 }, async () => {
    const [noSecret, badProxies] = await Promise.all([
      start({ DATABASE_URL: "postgresql://user:pw@127.0.0.1:1/claimbench" }),
      start({ CLAIMBENCH_TRUSTED_PROXIES: "the load balancer" }),
    ]);
    expect(noSecret.code).toBe(1);
    expect(noSecret.output).toContain("DATABASE_URL is set but NEXTAUTH_SECRET is not");
    expect(badProxies.code).toBe(1);
    expect(badProxies.output).toContain("CLAIMBENCH_TRUSTED_PROXIES must be a number of proxy hops");
  });

  it("stops on a public URL that is not an http(s) address, naming the setting", () => {
    expect(() => checkStartUpSettings({ CLAIMBENCH_PUBLIC_URL: "claims.example.org" })).toThrow(/CLAIMBENCH_PUBLIC_URL must be/);
    expect(() => checkStartUpSettings({ NEXTAUTH_URL: "localhost:3000" })).toThrow(/NEXTAUTH_URL must be/);
    expect(() => checkStartUpSettings({ CLAIMBENCH_PUBLIC_URL: "https://claims.example.org" })).not.toThrow();
  });

  it("stops on a live event setting that is not a number, naming it", () => {
    expect(() => checkStartUpSettings({ CLAIMBENCH_EVENT_RETENTION_MINUTES: "a day" })).toThrow(/CLAIMBENCH_EVENT_RETENTION_MINUTES must be/);
    expect(() => checkStartUpSettings({ CLAIMBENCH_EVENT_BUFFER: "0" })).toThrow(/CLAIMBENCH_EVENT_BUFFER must be/);
  });
});
