import { describe, expect, it } from "vitest";
import { checkStartUpSettings } from "@/lib/server/start-up-checks";
import { DEFAULT_FETCH_MAX_BYTES, fetchAllowProblem, fetchLimits, hostPortKey, parseFetchAllow } from "./fetch-settings";

describe("fetch limits", () => {
  it("default to 10 MB, 15 s in total and 10 s to connect", () => {
    expect(fetchLimits({})).toEqual({ maxBytes: 10 * 1024 * 1024, timeoutMs: 15_000, connectTimeoutMs: 10_000 });
  });

  it("take the settings, and fall back on a value that is not a positive whole number", () => {
    expect(fetchLimits({ CLAIMBENCH_FETCH_MAX_BYTES: "1048576", CLAIMBENCH_FETCH_TIMEOUT_MS: " 5000 ", CLAIMBENCH_FETCH_CONNECT_TIMEOUT_MS: "250" }))
      .toEqual({ maxBytes: 1048576, timeoutMs: 5000, connectTimeoutMs: 250 });
    for (const bad of ["", "0", "-1", "ten", "1.5", "1e400"]) expect(fetchLimits({ CLAIMBENCH_FETCH_MAX_BYTES: bad }).maxBytes, bad).toBe(DEFAULT_FETCH_MAX_BYTES);
  });
});

describe("CLAIMBENCH_FETCH_ALLOW", () => {
  it("reads host:port pairs, in canonical form", () => {
    const { entries, malformed } = parseFetchAllow(" 127.0.0.1:8080, Wiki.Intranet:443 ,[::1]:3000,[0:0:0:0:0:ffff:7f00:1]:81,,");
    expect([...entries]).toEqual(["127.0.0.1:8080", "wiki.intranet:443", "[::1]:3000", "[::ffff:7f00:1]:81"]);
    expect(malformed).toEqual([]);
    expect(entries.has(hostPortKey("::1", 3000))).toBe(true);
    expect(entries.has(hostPortKey("127.0.0.1", 8081))).toBe(false);
  });

  it("is empty when unset: nothing private may be fetched", () => {
    expect(parseFetchAllow(undefined).entries.size).toBe(0);
  });

  it("names the entries that are not host:port, and start-up stops on them", () => {
    expect(parseFetchAllow("127.0.0.1, 10.0.0.0/8, http://x:80, host:0, host:70000, ok:1").malformed).toEqual(["127.0.0.1", "10.0.0.0/8", "http://x:80", "host:0", "host:70000"]);
    expect(fetchAllowProblem({ CLAIMBENCH_FETCH_ALLOW: "127.0.0.1" })).toMatch(/^CLAIMBENCH_FETCH_ALLOW must be a comma-separated list of host:port pairs .*"127.0.0.1" is not\./);
    expect(() => checkStartUpSettings({ CLAIMBENCH_FETCH_ALLOW: "localhost" })).toThrow(/CLAIMBENCH_FETCH_ALLOW must be/);
    expect(() => checkStartUpSettings({ CLAIMBENCH_FETCH_ALLOW: "localhost:8080,10.1.2.3:443" })).not.toThrow();
  });
});
