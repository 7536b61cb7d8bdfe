import { describe, expect, it } from "vitest";
import { normaliseAddress, parseTrustedProxies, resolveClientAddress, TrustedProxiesError } from "./trusted-proxies";

const resolve = (setting: string | undefined, peer: string, forwardedFor?: string) =>
  resolveClientAddress({ peer, forwardedFor, trusted: parseTrustedProxies(setting) });

describe("CLAIMBENCH_TRUSTED_PROXIES", () => {
  it("unset, empty or 0: X-Forwarded-For is ignored and the socket's address is the client", () => {
    for (const setting of [undefined, "", " ", "0"]) {
      expect(resolve(setting, "203.0.113.9", "1.2.3.4, 5.6.7.8")).toBe("203.0.113.9");
    }
  });

  it("a hop count: the client is that many entries from the right, counting the socket as 0", () => {
    expect(resolve("1", "10.0.0.2", "6.6.6.6, 198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("2", "10.0.0.2", "6.6.6.6, 198.51.100.7, 10.0.0.1")).toBe("198.51.100.7");
    // Fewer entries than hops (a request that skipped a proxy): the furthest one known.
    expect(resolve("2", "10.0.0.2", "198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("1", "10.0.0.2", undefined)).toBe("10.0.0.2");
  });

  it("a list of proxies: walks from the socket while the address is a trusted proxy", () => {
    expect(resolve("10.0.0.0/8, fd00::/8", "10.0.0.2", "6.6.6.6, 198.51.100.7, 10.1.2.3")).toBe("198.51.100.7");
    // The socket is not a trusted proxy: whatever it forwards is not believed.
    expect(resolve("10.0.0.0/8", "203.0.113.9", "1.2.3.4")).toBe("203.0.113.9");
    expect(resolve("::1", "::1", "198.51.100.7")).toBe("198.51.100.7");
    expect(resolve("127.0.0.1", "::ffff:127.0.0.1", "198.51.100.7")).toBe("198.51.100.7");
  });

  it("a malformed value is refused with a message naming the setting", () => {
    for (const bad of ["yes", "1.2.3", "10.0.0.0/33", "10.0.0.1/8/2", "::1/129", "11", "-1", "10.0.0.1,"]) {
      expect(() => parseTrustedProxies(bad), bad).toThrow(TrustedProxiesError);
      expect(() => parseTrustedProxies(bad), bad).toThrow(/CLAIMBENCH_TRUSTED_PROXIES/);
    }
  });
});

describe("addresses", () => {
  it("are compared in one form: IPv4-mapped IPv6 and ports removed, never an unbounded key", () => {
    expect(normaliseAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normaliseAddress("192.0.2.1:4711")).toBe("192.0.2.1");
    expect(normaliseAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normaliseAddress("x".repeat(500))).toHaveLength(64);
  });
});
