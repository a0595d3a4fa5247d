// The few pages a recipient sees: plain HTML, no scripts, no outside assets.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1f2937;color:#fff;cursor:pointer}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

export function confirmUnsubscribePage(email: string): string {
  return page(
    'Unsubscribe',
    `<p>Stop receiving these emails at <strong>${escapeHtml(email)}</strong>?</p>
<form method="post"><button type="submit">Unsubscribe</button></form>`,
  );
}

export function unsubscribedPage(email: string): string {
  return page(
    'You are unsubscribed',
    `<p><strong>${escapeHtml(email)}</strong> will not receive these emails any more.</p>`,
  );
}

export function testMessagePage(): string {
  return page('Test message', '<p>This link came in a test message, so nobody was unsubscribed.</p>');
}

export function invalidLinkPage(): string {
  return page('Link not valid', '<p>This link is not valid. It may have been copied incompletely.</p>');
}
