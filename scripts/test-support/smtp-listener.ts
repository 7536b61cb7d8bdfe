// A local SMTP listener for tests of mail sending: it accepts every message and keeps it, so a test
// can read what nodemailer sent without a mail server. Only the commands a plain (no TLS, no auth)
// submission uses are answered; it advertises nothing else, so the client asks for nothing else.
import { createServer, type AddressInfo, type Socket } from "node:net";

export interface ReceivedMail {
  from: string;
  to: string[];
  /** The message as sent: headers, a blank line, the body (dot-stuffing undone). */
  data: string;
}

export async function startSmtpListener(): Promise<{ url: string; received: ReceivedMail[]; close: () => Promise<void> }> {
  const received: ReceivedMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let buffer = "";
    let mail: ReceivedMail = { from: "", to: [], data: "" };
    let inData = false;
    socket.write("220 test-smtp ready\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          received.push(mail);
          mail = { from: "", to: [], data: "" };
          inData = false;
          socket.write("250 OK queued\r\n");
          continue;
        }
        const at = buffer.indexOf("\r\n");
        if (at < 0) return;
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const verb = line.slice(0, 4).toUpperCase();
        if (verb === "EHLO" || verb === "HELO") socket.write("250 test-smtp\r\n");
        else if (verb === "MAIL") { mail.from = /<([^>]*)>/.exec(line)?.[1] ?? ""; socket.write("250 OK\r\n"); }
        else if (verb === "RCPT") { mail.to.push(/<([^>]*)>/.exec(line)?.[1] ?? ""); socket.write("250 OK\r\n"); }
        else if (verb === "DATA") { inData = true; socket.write("354 End with <CR><LF>.<CR><LF>\r\n"); }
        else if (verb === "QUIT") { socket.end("221 Bye\r\n"); return; }
        else socket.write("250 OK\r\n");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}
