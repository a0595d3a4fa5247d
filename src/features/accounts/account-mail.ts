import type { OutgoingMessage } from '../../providers/mail/mailer.js';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A mail Grivo itself sends to a person with an account (not a workspace's
 * mail to its contacts): from no-reply at the server's own host, plain
 * paragraphs, one link.
 */
export function accountMail(input: {
  publicUrl: string;
  to: string;
  subject: string;
  paragraphs: string[];
  link: { url: string; label: string };
  /** Stable per message (the outbox names its file after it). */
  key: string;
}): OutgoingMessage {
  const host = new URL(input.publicUrl).hostname;
  const [before, ...after] = input.paragraphs;
  const html = [
    `<p>${escapeHtml(before ?? '')}</p>`,
    `<p><a href="${escapeHtml(input.link.url)}">${escapeHtml(input.link.label)}</a></p>`,
    ...after.map((p) => `<p>${escapeHtml(p)}</p>`),
  ].join('\n');
  return {
    from: { name: 'Grivo', address: `no-reply@${host}` },
    to: input.to,
    replyTo: null,
    subject: input.subject,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;line-height:1.5">${html}</body></html>`,
    text: [before, `${input.link.label}: ${input.link.url}`, ...after].join('\n\n'),
    headers: {},
    messageId: `<${input.key}@${host}>`,
    key: input.key,
  };
}
