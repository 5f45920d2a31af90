import nodemailer, { type Transporter } from "nodemailer";

export type Mail = { to: string; subject: string; text: string };
export type MailResult = { sent: true } | { sent: false; reason: string };

let transport: { url: string; transporter: Transporter } | null = null;

function transporter(url: string): Transporter {
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport(url) };
  return transport.transporter;
}

/** True when SMTP_URL is set (e.g. smtp://user:pass@mail.example.com:587). */
export function mailConfigured(env: NodeJS.ProcessEnv = process.env): boolean {
  return !!env.SMTP_URL?.trim();
}

/**
 * Sends one plain-text email through SMTP_URL (from MAIL_FROM). Without SMTP it logs "email not
 * sent" and reports it; a delivery failure is reported too, never thrown: callers show the link or
 * the reminder in the app either way.
 */
export async function sendMail(mail: Mail, env: NodeJS.ProcessEnv = process.env): Promise<MailResult> {
  const url = env.SMTP_URL?.trim();
  if (!url) {
    console.info(`email not sent (SMTP_URL is not set): "${mail.subject}" to ${mail.to}`);
    return { sent: false, reason: "Email is not configured (SMTP_URL)." };
  }
  try {
    await transporter(url).sendMail({ from: env.MAIL_FROM?.trim() || "Vendorscope <no-reply@vendorscope.local>", ...mail });
    return { sent: true };
  } catch (error) {
    console.warn(`email not sent: "${mail.subject}" to ${mail.to}:`, error instanceof Error ? error.message : error);
    return { sent: false, reason: "The mail server refused the message." };
  }
}
