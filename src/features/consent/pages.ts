// The pages a person sees from a confirmation link: plain HTML, no scripts, no outside assets.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1f2937;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #2563eb;outline-offset:2px}</style>
</head><body><h1>${escapeHtml(title)}</h1>${body}</body></html>`;
}

/** GET: one more step, so a link scanner fetching the link subscribes nobody. */
export function askConfirmationPage(email: string, workspaceName: string): string {
  return page(
    'Confirm your subscription',
    `<p>Receive emails from <strong>${escapeHtml(workspaceName)}</strong> at <strong>${escapeHtml(email)}</strong>?</p>
<form method="post"><button type="submit">Yes, subscribe me</button></form>
<p>If you did not ask for this, close this page: you will not be subscribed.</p>`,
  );
}

export function confirmedPage(email: string, workspaceName: string): string {
  return page(
    'You are subscribed',
    `<p>Thank you. <strong>${escapeHtml(email)}</strong> will receive emails from <strong>${escapeHtml(workspaceName)}</strong>. Every email has a link to unsubscribe.</p>`,
  );
}

export function expiredConfirmationPage(): string {
  return page(
    'Link expired',
    '<p>This confirmation link has expired or is no longer valid, so nothing was changed. Sign up again to get a new one.</p>',
  );
}

export function invalidConfirmationPage(): string {
  return page('Link not valid', '<p>This link is not valid. It may have been copied incompletely.</p>');
}
