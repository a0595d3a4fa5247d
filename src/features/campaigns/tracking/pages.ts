// The few pages a recipient sees: plain HTML, no scripts, no outside assets.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
footer{margin-top:2.5rem;padding-top:1rem;border-top:1px solid #e5e7eb;color:#4b5563;font-size:.9rem}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1f2937;color:#fff;cursor:pointer}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** Who sent the message: the workspace's name and postal address, when set. */
export interface PageSender {
  name: string;
  postalAddress: string | null;
}

const at = (email: string) => (email ? ` at <strong>${escapeHtml(email)}</strong>` : '');

function senderBlock(sender: PageSender | undefined): string {
  if (!sender) return '';
  const address = sender.postalAddress?.trim()
    ? `<br>${sender.postalAddress.trim().split(/\r?\n/).map(escapeHtml).join('<br>')}`
    : '';
  return `<footer><p class="sender">Sent by <strong>${escapeHtml(sender.name)}</strong>${address}</p></footer>`;
}

export function confirmUnsubscribePage(email: string, sender?: PageSender): string {
  const from = sender ? ` from ${escapeHtml(sender.name)}` : '';
  return page(
    'Unsubscribe',
    `<p>Stop receiving emails${from}${at(email)}?</p>
<form method="post"><button type="submit">Unsubscribe</button></form>${senderBlock(sender)}`,
  );
}

/** The preference page after unsubscribing: from whom, and what it means. */
export function unsubscribedPage(email: string, sender?: PageSender): string {
  const from = sender ? ` from <strong>${escapeHtml(sender.name)}</strong>` : '';
  return page(
    'You are unsubscribed',
    `<p>You are unsubscribed${from}${at(email)}. You will not receive its campaigns any more.</p>
<p>Emails you ask for yourself, such as receipts, may still be sent. To hear from us again, sign up again on our site.</p>${senderBlock(sender)}`,
  );
}

export function testMessagePage(): string {
  return page('Test message', '<p>This link came in a test message, so nobody was unsubscribed.</p>');
}

export function invalidLinkPage(): string {
  return page('Link not valid', '<p>This link is not valid. It may have been copied incompletely.</p>');
}
