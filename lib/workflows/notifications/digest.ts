import "server-only";
import nodemailer from "nodemailer";
import { composeDigest } from "@/lib/domain/notifications";
import { collectDigest, listDigestRecipients, markDigestSent } from "@/lib/data/notifications/digest";
import { mailFrom } from "@/lib/workflows/invitations/invitation-mail";

// The daily digest (a pg-boss schedule runs it once a day, lib/jobs/notification-digest.ts): each person
// who chose it gets one mail of their unread notifications of the last day, through the same SMTP settings
// as invitations. Without CLAIMBENCH_SMTP_URL nothing is sent. A mail that fails is logged and tried again
// by the next run (its notifications are still unread and newer than the last digest sent).

export interface DigestRun {
  sent: number;
  failed: number;
}

export async function sendDailyDigests({ baseUrl, env = process.env, now = new Date(), only }: {
  baseUrl: string;
  env?: NodeJS.ProcessEnv;
  now?: Date;
  /** These people only (a test among others running at once; an operator sending one person's again). */
  only?: readonly string[];
}): Promise<DigestRun> {
  const url = env.CLAIMBENCH_SMTP_URL?.trim();
  const run = { sent: 0, failed: 0 };
  if (!url) return run;
  const transport = nodemailer.createTransport(url);
  try {
    for (const recipient of await listDigestRecipients(now)) {
      if (only && !only.includes(recipient.userId)) continue;
      const found = await collectDigest({ userId: recipient.userId, since: recipient.since });
      const mail = composeDigest({
        recipientName: recipient.name,
        settingsLink: new URL("/account", baseUrl).toString(),
        workspaces: found.map(({ workspace, notifications }) => ({
          name: workspace.name,
          lines: notifications.map((n) => ({ text: n.text, link: new URL(n.href, baseUrl).toString(), createdAt: new Date(n.createdAt) })),
        })),
      });
      if (!mail) continue;
      try {
        await transport.sendMail({ from: mailFrom(url, env), to: recipient.email, subject: mail.subject, text: mail.text });
        await markDigestSent({ userId: recipient.userId, at: now });
        run.sent++;
      } catch (error) {
        console.error(`Sending the notification digest to user ${recipient.userId} failed:`, error);
        run.failed++;
      }
    }
  } finally {
    transport.close();
  }
  return run;
}
