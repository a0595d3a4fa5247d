import type { OutgoingMessage } from '../../../providers/mail/mailer.js';

/** Who sends a workspace's campaigns, as their footer says it (the law asks for a postal address in marketing mail). */
export interface SenderFooter {
  name: string;
  postalAddress: string;
}

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** Adds the sender's name and postal address at the end of a rendered message (before </body>, and after the text). */
export function withSenderFooter<T extends Pick<OutgoingMessage, 'html' | 'text'>>(
  message: T,
  footer: SenderFooter | undefined,
): T {
  if (!footer) return message;
  const lines = [
    footer.name,
    ...footer.postalAddress
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ];
  const block =
    '<p style="margin:16px 0 0;font-size:12px;line-height:18px;color:#888888;text-align:center">' +
    `${lines.map(escapeHtml).join('<br>')}</p>`;
  const html = message.html;
  const at = html.search(/<\/body\s*>(?![\s\S]*<\/body\s*>)/i);
  return {
    ...message,
    html: at === -1 ? html + block : html.slice(0, at) + block + html.slice(at),
    text: `${message.text.trimEnd()}\n\n${lines.join('\n')}\n`,
  };
}
