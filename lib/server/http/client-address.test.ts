// A real HTTP request through the same stamping the app's server does (scripts/serve.mjs), with a
// client that forges both X-Forwarded-For and the peer header: only the socket counts, unless a
// proxy in front is trusted.
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { stampPeerAddress } from "@/scripts/peer-address.mjs";
import { clientAddress } from "./client-address";
import { PEER_HEADER } from "./trusted-proxies";

async function headersOfRequest(sent: Record<string, string>): Promise<IncomingHttpHeaders> {
  let seen: IncomingHttpHeaders = {};
  const server = createServer((request, response) => {
    stampPeerAddress(request);
    seen = request.headers;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  try {
    await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { headers: sent });
  } finally {
    server.close();
  }
  return seen;
}

afterEach(() => {
  delete process.env.CLAIMBENCH_TRUSTED_PROXIES;
});

describe("the client's address of a real request", () => {
  const forged = { "x-forwarded-for": "6.6.6.6", [PEER_HEADER]: "7.7.7.7" };

  it("is the socket's, whatever the client claims, when no proxy is trusted", async () => {
    const headers = await headersOfRequest(forged);
    expect(headers[PEER_HEADER]).toBe("127.0.0.1");
    expect(clientAddress(headers)).toBe("127.0.0.1");
  });

  it("is the one the trusted proxy appended, behind one trusted hop", async () => {
    process.env.CLAIMBENCH_TRUSTED_PROXIES = "1";
    const headers = await headersOfRequest({ ...forged, "x-forwarded-for": "6.6.6.6, 198.51.100.7" });
    expect(clientAddress(headers)).toBe("198.51.100.7");
    process.env.CLAIMBENCH_TRUSTED_PROXIES = "127.0.0.1";
    expect(clientAddress(headers)).toBe("198.51.100.7");
  });
});
