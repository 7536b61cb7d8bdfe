import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestClaim, createTestWorkspace } from "@test-support/data";
import { addComment } from "@/lib/data/comments/comment-writes";
import { saveNotificationPreferences } from "@/lib/data/notifications/notification-preferences";
import { sendDailyDigests } from "./digest";

// The daily digest through nodemailer to a real SMTP listener: a sink of a few lines that speaks just
// enough SMTP (no TLS, no auth) and keeps what it was sent.

interface Received { to: string[]; data: string }
const received: Received[] = [];
let sink: Server;
let port = 0;

function startSink(): Promise<void> {
  sink = createServer((socket) => {
    let mail: Received = { to: [], data: "" };
    let inData = false;
    let buffer = "";
    socket.write("220 sink ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      let end: number;
      while (inData ? (end = buffer.indexOf("\r\n.\r\n")) >= 0 : (end = buffer.indexOf("\r\n")) >= 0) {
        if (inData) {
          mail.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { to: [], data: "" };
          socket.write("250 queued\r\n");
          continue;
        }
        const line = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 sink\r\n");
        else if (verb === "RCPT") mail.to.push(line.replace(/^RCPT TO:\s*<?([^>]*)>?.*$/i, "$1"));
        if (verb === "RCPT" || verb === "MAIL" || verb === "RSET" || verb === "NOOP") socket.write("250 OK\r\n");
        else if (verb === "DATA") {
          inData = true;
          socket.write("354 go on\r\n");
        }
        else if (verb === "QUIT") socket.end("221 bye\r\n");
      }
    });
  });
  return new Promise((resolve) => sink.listen(0, "127.0.0.1", () => {
    port = (sink.address() as { port: number }).port;
    resolve();
  }));
}

/** The mail's text as written: nodemailer sends non-ASCII text quoted-printable. */
const decodeQuotedPrintable = (data: string) =>
  Buffer.from(data.replace(/=\r\n/g, "").replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))), "latin1").toString("utf8");

beforeAll(startSink);
afterAll(() => new Promise<void>((resolve) => sink.close(() => resolve())));

describe("the daily digest", () => {
  it("mails each person who chose it their unread notifications, once; nothing without SMTP", async () => {
    const { workspace, users } = await createTestWorkspace();
    const claim = await createTestClaim(workspace.id, "Officials counted 12 million");
    await saveNotificationPreferences({ actor: users.VIEWER, input: { mutedKinds: [], dailyDigest: true } });
    await addComment({ actor: users.EDITOR, slug: workspace.slug, input: { claimId: claim.id, body: `@${users.VIEWER.email.split("@")[0]} see the census` } });
    const only = [users.VIEWER.id, users.EDITOR.id];

    expect(await sendDailyDigests({ baseUrl: "https://claims.example.org", env: { ...process.env, CLAIMBENCH_SMTP_URL: "" }, only })).toEqual({ sent: 0, failed: 0 });
    const env = { ...process.env, CLAIMBENCH_SMTP_URL: `smtp://127.0.0.1:${port}`, CLAIMBENCH_SMTP_FROM: "Desk <desk@example.org>" };
    expect(await sendDailyDigests({ baseUrl: "https://claims.example.org", env, only })).toEqual({ sent: 1, failed: 0 });
    const mail = decodeQuotedPrintable(received.find((m) => m.to.includes(users.VIEWER.email))!.data);
    expect(mail).toContain("Subject: Claimbench: 1 unread notification");
    expect(mail).toContain("From: Desk <desk@example.org>");
    expect(mail).toContain("mentioned you on “Officials counted 12 million”");
    expect(mail).toContain(`https://claims.example.org/w/${workspace.slug}/claims/${claim.id}`);
    // The editor chose no digest; and a second run the same day has nothing new to send.
    expect(received.some((m) => m.to.includes(users.EDITOR.email))).toBe(false);
    expect(await sendDailyDigests({ baseUrl: "https://claims.example.org", env, only })).toEqual({ sent: 0, failed: 0 });
  });
});
