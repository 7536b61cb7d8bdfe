import { gzipSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { startLocalServer, startSilentServer, type LocalServer } from "@test-support/local-http-server";
import { fetchPage, fetchPageWith } from "./fetch-page";
import type { HostResolver } from "./pin-target";

// Every URL a user names is hostile (issue 16, "Safety"). These run the fetcher against local servers
// and a resolver the test controls: what is refused, and that the refusal says why in a user's words.

const PAGE = "<!doctype html><html><head><title>t</title></head><body><p>About 12 million people.</p></body></html>";
let server: LocalServer;
const cleanups: (() => Promise<void>)[] = [];
const SETTINGS = ["CLAIMBENCH_FETCH_ALLOW", "CLAIMBENCH_FETCH_MAX_BYTES", "CLAIMBENCH_FETCH_TIMEOUT_MS", "CLAIMBENCH_FETCH_CONNECT_TIMEOUT_MS"];

beforeEach(async () => {
  server = await startLocalServer((request, response) => {
    const redirect = /^\/redirect\/(\d+)$/.exec(request.url ?? "");
    if (redirect) return void response.writeHead(302, { location: Number(redirect[1]) > 0 ? `/redirect/${Number(redirect[1]) - 1}` : "/page" }).end();
    if (request.url === "/to-private") return void response.writeHead(302, { location: "http://10.0.0.1/admin" }).end();
    if (request.url === "/to-file") return void response.writeHead(302, { location: "file:///etc/passwd" }).end();
    response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
  });
  cleanups.push(() => server.close());
  process.env.CLAIMBENCH_FETCH_ALLOW = server.hostPort;
});
afterEach(async () => {
  for (const name of SETTINGS) delete process.env[name];
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function refusal(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(() => null, (caught: unknown) => caught);
  expect(error, "expected a refusal").toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe("VALIDATION");
  const reason = (error as AppError).details?.fieldErrors?.url?.[0] ?? "";
  expect((error as AppError).message).toContain(reason);
  return reason;
}

describe("addresses", () => {
  it("refuses other schemes than http and https", async () => {
    expect(await refusal(fetchPage("file:///etc/passwd"))).toBe("it is not an http: or https: address (it starts with file:), and only those can be imported");
    expect(await refusal(fetchPage("ftp://example.org/story.html"))).toMatch(/\(it starts with ftp:\)/);
    expect(await refusal(fetchPage("javascript:alert(1)"))).toMatch(/\(it starts with javascript:\)/);
    expect(await refusal(fetchPage("data:text/html,<p>hi</p>"))).toMatch(/\(it starts with data:\)/);
    expect(await refusal(fetchPage("not a url"))).toBe("it is not a valid web address");
  });

  it("refuses a URL with a user name or password", async () => {
    expect(await refusal(fetchPage(`http://user:pass@${server.hostPort}/page`))).toBe("it holds a user name or password; remove them from the address");
    expect(server.received).toHaveLength(0);
  });

  it("refuses loopback and private addresses written in the URL, unless their host:port is allowed", async () => {
    expect(await refusal(fetchPage("http://10.0.0.1/"))).toBe("it points at a private network address");
    expect(await refusal(fetchPage("http://169.254.169.254/latest/meta-data/"))).toMatch(/^it points at the cloud metadata address/);
    expect(await refusal(fetchPage("http://[::ffff:127.0.0.1]:9/"))).toBe("it points at this server itself");
    expect(await refusal(fetchPage("http://0x7f000001:9/"))).toBe("it points at this server itself");
    // The same server on its port is allowed; on no other.
    expect((await fetchPage(`${server.origin}/page`)).text).toBe(PAGE);
    process.env.CLAIMBENCH_FETCH_ALLOW = `127.0.0.1:${server.port + 1}`;
    expect(await refusal(fetchPage(`${server.origin}/page`))).toBe("it points at this server itself");
    expect(server.received).toHaveLength(1);
  });

  it("refuses a host name that resolves to 127.0.0.1 unless allowed", async () => {
    delete process.env.CLAIMBENCH_FETCH_ALLOW;
    expect(await refusal(fetchPage(`http://localhost:${server.port}/page`))).toBe("it points at this server itself");
    const resolve: HostResolver = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await refusal(fetchPageWith(`http://news.test:${server.port}/page`, {}, { resolve }))).toBe("it points at this server itself");
    expect(server.received).toHaveLength(0);
    process.env.CLAIMBENCH_FETCH_ALLOW = `news.test:${server.port}`;
    expect((await fetchPageWith(`http://news.test:${server.port}/page`, {}, { resolve })).finalUrl).toBe(`http://news.test:${server.port}/page`);
    expect(server.received[0]?.headers.host).toBe(`news.test:${server.port}`);
  });

  it("refuses a name when any of its addresses is private, not only the first", async () => {
    const resolve: HostResolver = async () => [{ address: "93.184.216.34", family: 4 }, { address: "fd00::1", family: 6 }];
    expect(await refusal(fetchPageWith("http://mixed.test/", {}, { resolve }))).toBe("it points at a private network address");
  });

  it("says so when a host name does not exist", async () => {
    expect(await refusal(fetchPage("http://no-such-host.invalid/"))).toBe("its host name no-such-host.invalid was not found");
  });

  it("connects to the address it checked: a resolver that changes its answer cannot move the connection", async () => {
    // The first answer is the one checked (here allowed by the setting, as a public address would be);
    // every later answer is a private one. Were the name looked up again to connect, the request
    // would go to 10.0.0.1 or fail; it reaches the pinned address, and the resolver is asked once.
    const answers: string[] = [];
    const resolve: HostResolver = async () => {
      const address = answers.length === 0 ? "127.0.0.1" : "10.0.0.1";
      answers.push(address);
      return [{ address, family: 4 }];
    };
    process.env.CLAIMBENCH_FETCH_ALLOW = `rebind.test:${server.port}`;
    const page = await fetchPageWith(`http://rebind.test:${server.port}/page`, {}, { resolve });
    expect(page.text).toBe(PAGE);
    expect(answers).toEqual(["127.0.0.1"]);
    expect(server.received).toEqual([expect.objectContaining({ path: "/page", localAddress: "127.0.0.1" })]);
    expect(server.received[0]?.headers.host).toBe(`rebind.test:${server.port}`);
  });
});

describe("redirects", () => {
  it("refuses a redirect chain that ends at a private address, naming where it went", async () => {
    expect(await refusal(fetchPage(`${server.origin}/to-private`))).toBe("it redirected to http://10.0.0.1/admin, which points at a private network address");
  });

  it("refuses a redirect to this server on a port that is not allowed", async () => {
    const other = await startLocalServer((_, response) => void response.writeHead(200, { "content-type": "text/html" }).end(PAGE));
    cleanups.push(() => other.close());
    const hop = await startLocalServer((_, response) => void response.writeHead(301, { location: `${other.origin}/secret` }).end());
    cleanups.push(() => hop.close());
    process.env.CLAIMBENCH_FETCH_ALLOW = hop.hostPort;
    expect(await refusal(fetchPage(`${hop.origin}/`))).toBe(`it redirected to ${other.origin}/secret, which points at this server itself`);
    expect(other.received).toHaveLength(0);
  });

  it("refuses a redirect to another scheme", async () => {
    expect(await refusal(fetchPage(`${server.origin}/to-file`))).toBe("it redirected to file:///etc/passwd, which is not an http: or https: address (it starts with file:), and only those can be imported");
  });

  it("follows 5 redirects and refuses a sixth", async () => {
    expect((await fetchPage(`${server.origin}/redirect/4`)).finalUrl).toBe(`${server.origin}/page`);
    server.received.length = 0;
    expect(await refusal(fetchPage(`${server.origin}/redirect/5`))).toBe("it redirected more than 5 times");
    expect(server.received).toHaveLength(6);
  });
});

describe("limits", () => {
  it("stops reading a body that never ends at the size limit", async () => {
    const endless = await startLocalServer((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        while (response.write(chunk));
        response.once("drain", pump);
      };
      response.on("error", () => {});
      pump();
    });
    cleanups.push(() => endless.close());
    Object.assign(process.env, { CLAIMBENCH_FETCH_ALLOW: endless.hostPort, CLAIMBENCH_FETCH_MAX_BYTES: String(1024 * 1024), CLAIMBENCH_FETCH_TIMEOUT_MS: "60000" });
    expect(await refusal(fetchPage(`${endless.origin}/`))).toBe("it is larger than the limit of 1 MB for a fetched page");
  });

  it("stops a gzip bomb at the limit on its decompressed size", async () => {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024)); // about 64 KB that inflate to 64 MB
    expect(bomb.byteLength).toBeLessThan(1024 * 1024);
    const bomber = await startLocalServer((_, response) => void response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(bomb));
    cleanups.push(() => bomber.close());
    Object.assign(process.env, { CLAIMBENCH_FETCH_ALLOW: bomber.hostPort, CLAIMBENCH_FETCH_MAX_BYTES: String(1024 * 1024) });
    expect(await refusal(fetchPage(`${bomber.origin}/`))).toBe("it is larger than the limit of 1 MB for a fetched page");
  });

  it("refuses a server that never answers once the time limit is up", async () => {
    const mute = await startLocalServer(() => {});
    cleanups.push(() => mute.close());
    Object.assign(process.env, { CLAIMBENCH_FETCH_ALLOW: mute.hostPort, CLAIMBENCH_FETCH_TIMEOUT_MS: "300" });
    expect(await refusal(fetchPage(`${mute.origin}/`))).toBe("it did not answer within 300 milliseconds");
    expect(mute.received).toHaveLength(1);
  });

  it("refuses a named server that never answers, and leaves nothing behind to fail later", async () => {
    const mute = await startLocalServer(() => {});
    cleanups.push(() => mute.close());
    Object.assign(process.env, { CLAIMBENCH_FETCH_ALLOW: `slow.test:${mute.port}`, CLAIMBENCH_FETCH_TIMEOUT_MS: "200" });
    const resolve: HostResolver = async () => [{ address: "127.0.0.1", family: 4 }];
    expect(await refusal(fetchPageWith(`http://slow.test:${mute.port}/`, {}, { resolve }))).toBe("it did not answer within 200 milliseconds");
    // An abort listener left over from the name's lookup would reject now, unhandled, and fail the run.
    await new Promise((resolve) => setTimeout(resolve, 50));
  });

  it("refuses a server that accepts the connection but never completes the TLS handshake", async () => {
    const silent = await startSilentServer();
    cleanups.push(() => silent.close());
    Object.assign(process.env, { CLAIMBENCH_FETCH_ALLOW: silent.hostPort, CLAIMBENCH_FETCH_CONNECT_TIMEOUT_MS: "200" });
    expect(await refusal(fetchPage(`https://${silent.hostPort}/`))).toBe("its server did not accept a connection within 200 milliseconds");
  });

  it("stops when the caller's signal aborts, with the signal's reason", async () => {
    const mute = await startLocalServer(() => {});
    cleanups.push(() => mute.close());
    process.env.CLAIMBENCH_FETCH_ALLOW = mute.hostPort;
    const controller = new AbortController();
    const fetching = fetchPage(`${mute.origin}/`, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error("the job was cancelled")), 50);
    await expect(fetching).rejects.toThrow("the job was cancelled");
    await expect(fetchPage(`${mute.origin}/`, { signal: AbortSignal.abort(new Error("already")) })).rejects.toThrow("already");
  });
});
