/** The confirmation email when the workspace has not written its own (Liquid, like campaigns). */
export const DEFAULT_CONFIRMATION_SUBJECT = 'Please confirm your subscription to {{ workspace_name }}';

export const DEFAULT_CONFIRMATION_HTML = `<p>Hello{% if first_name %} {{ first_name }}{% endif %},</p>
<p>You asked to receive emails from {{ workspace_name }}. Please confirm that this is your address:</p>
<p><a href="{{ confirm_url }}">Yes, subscribe me</a></p>
<p>The link works for {{ expiry_days }} days. If you did not ask for this, ignore this email: you will not hear from us again.</p>`;

/** The variables a confirmation template can use, with the values a check on save renders it over. */
export const SAMPLE_CONFIRMATION_DATA = {
  confirm_url: 'https://example.com/confirm/sample',
  first_name: 'Ada',
  last_name: 'Lovelace',
  workspace_name: 'Acme Tools',
  expiry_days: 7,
};
