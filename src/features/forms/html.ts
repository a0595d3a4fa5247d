// The HTML of a form: the hosted page, the snippet for other sites, and the
// pages after a submission. Plain HTML: no script, no outside assets.
import type { FormField } from './schema.js';

/** The hidden field people never see; a bot that fills it is answered as if it succeeded. */
export const HONEYPOT = 'website';

export const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** What a form is made from, as its pages show it. */
export interface FormView {
  id: string;
  name: string;
  fields: FormField[];
  consent_text: string;
}

const INPUT: Record<string, { type: string; autocomplete: string }> = {
  email: { type: 'email', autocomplete: 'email' },
  first_name: { type: 'text', autocomplete: 'given-name' },
  last_name: { type: 'text', autocomplete: 'family-name' },
  phone: { type: 'tel', autocomplete: 'tel' },
};

function input(form: FormView, field: FormField, value: string, invalid: boolean): string {
  const id = `${form.id}-${field.key.replace(/\W/g, '-')}`;
  const kind = INPUT[field.key] ?? { type: 'text', autocomplete: 'off' };
  const mark = field.required ? ' <span aria-hidden="true">*</span>' : '';
  return `<p><label for="${id}">${escapeHtml(field.label)}${mark}</label><br>
<input id="${id}" name="${escapeHtml(field.key)}" type="${kind.type}" autocomplete="${kind.autocomplete}"${
    field.required ? ' required' : ''
  }${invalid ? ' aria-invalid="true" aria-describedby="form-error"' : ''} value="${escapeHtml(value)}"></p>`;
}

/** The `<form>` itself, posting to `action`; with an error, the values given and the message. */
export function formHtml(
  form: FormView,
  action: string,
  state: { values?: Record<string, string>; error?: { message: string; field?: string } } = {},
): string {
  const { values = {}, error } = state;
  const hp = `${form.id}-${HONEYPOT}`;
  return `<form method="post" action="${escapeHtml(action)}">
${error ? `<p id="form-error" role="alert" style="color:#b91c1c"><strong>${escapeHtml(error.message)}</strong></p>\n` : ''}${form.fields
  .map((f) => input(form, f, values[f.key] ?? '', error?.field === f.key))
  .join('\n')}
<div style="position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden" aria-hidden="true">
<label for="${hp}">Leave this field empty</label><input id="${hp}" name="${HONEYPOT}" type="text" tabindex="-1" autocomplete="off" value="">
</div>
<p>${escapeHtml(form.consent_text)}</p>
<button type="submit">Subscribe</button>
</form>`;
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="robots" content="noindex"><title>${escapeHtml(title)}</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#1f2937}
input{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #6b7280;border-radius:.3rem}
input:focus,button:focus{outline:3px solid #2563eb;outline-offset:2px}
button{font:inherit;padding:.6rem 1.2rem;border:0;border-radius:.4rem;background:#1f2937;color:#fff;cursor:pointer}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}

/** The hosted page `/f/:id`. */
export function hostedPage(form: FormView, action: string, state: Parameters<typeof formHtml>[2] = {}): string {
  return page(form.name, formHtml(form, action, state));
}

export const DEFAULT_SUCCESS = 'Thank you for signing up. If we need you to confirm your address, we have emailed you.';

export function thanksPage(message: string | null): string {
  return page('Thank you', `<p role="status">${escapeHtml(message ?? DEFAULT_SUCCESS)}</p>`);
}

/** A page for a submission that could not be taken (unknown form, wrong site, too many tries). */
export function problemPage(title: string, message: string): string {
  return page(title, `<p>${escapeHtml(message)}</p>`);
}
