import "server-only";
import nodemailer from "nodemailer";
import { ROLE_LABELS, type Role } from "@/lib/domain/roles";

// Invitations go by mail only where the server has SMTP settings; without them nothing is sent and
// the owner passes the link on (the app never assumes a mail server). Sending goes through nodemailer,
// a maintained SMTP client (TLS, auth, pooling, encodings), not a hand-written conversation.
//
//   CLAIMBENCH_SMTP_URL   smtp://user:pass@mail.example.org:587 (smtps:// for implicit TLS)
//   CLAIMBENCH_SMTP_FROM  the sender, "Claimbench <desk@example.org>" (default: claimbench@<smtp host>)

export interface InvitationMail {
  to: string;
  workspaceName: string;
  role: Role;
  invitedBy: string | null;
  link: string;
  expiresAt: string;
}

/** Whether invitations are mailed on this server. */
export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.CLAIMBENCH_SMTP_URL?.trim());
}

/** The sender of the app's mail: CLAIMBENCH_SMTP_FROM, else claimbench@ the SMTP server's host. */
export function mailFrom(smtpUrl: string, env: NodeJS.ProcessEnv = process.env): string {
  return env.CLAIMBENCH_SMTP_FROM?.trim() || `Claimbench <claimbench@${new URL(smtpUrl).hostname}>`;
}

/**
 * Sends the invitation; true when the SMTP server took it, false without settings or when sending
 * failed (logged: the invitation stands, and the owner is told to pass the link on).
 */
export async function sendInvitationMail(mail: InvitationMail, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const url = env.CLAIMBENCH_SMTP_URL?.trim();
  if (!url) return false;
  try {
    const transport = nodemailer.createTransport(url);
    const from = mailFrom(url, env);
    const role = ROLE_LABELS[mail.role].toLowerCase();
    const by = mail.invitedBy ? `${mail.invitedBy} invites you` : "You are invited";
    await transport.sendMail({
      from,
      to: mail.to,
      subject: `Join ${mail.workspaceName} on Claimbench`,
      text: `${by} to join the workspace "${mail.workspaceName}" on Claimbench as ${role}.\n\nOpen this link to accept (it works once, until ${mail.expiresAt.slice(0, 10)}):\n${mail.link}\n\nIf you did not expect this, ignore this message.\n`,
    });
    transport.close();
    return true;
  } catch (error) {
    console.error("Sending an invitation mail failed:", error);
    return false;
  }
}
