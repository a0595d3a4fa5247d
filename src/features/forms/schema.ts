import { z } from 'zod';
import { PageQuery } from '../../http/pagination.js';
import { optionalText, requiredText } from '../../lib/text-fields.js';
import { Tag } from '../contacts/schema.js';

export const MAX_FIELDS = 20;
const FIELD_KEY = /^(email|first_name|last_name|phone|attributes\.[A-Za-z0-9_-]{1,100})$/;
const KEY_RULE =
  'must be email, first_name, last_name, phone or attributes.<name> (letters, digits, _ and - in the name).';

/** What a field is labelled when no label is given. */
export function defaultLabel(key: string): string {
  if (key === 'email') return 'Email';
  if (key === 'first_name') return 'First name';
  if (key === 'last_name') return 'Last name';
  if (key === 'phone') return 'Phone';
  const name = key.slice('attributes.'.length).replace(/[_-]+/g, ' ');
  return name.charAt(0).toUpperCase() + name.slice(1);
}

const FormField = z.strictObject({
  key: z.string({ error: `key ${KEY_RULE}` }).regex(FIELD_KEY, `key ${KEY_RULE}`),
  label: requiredText('label', 100).optional().describe('Shown above the input; default from the key.'),
  required: z.boolean({ error: 'required must be true or false.' }).optional().describe('Default false (email: true).'),
});

// Email is always asked for, and always required; a key appears once.
const Fields = z
  .array(FormField, { error: 'fields must be an array of {key, label, required}.' })
  .min(1, 'fields must include the email field.')
  .max(MAX_FIELDS, `A form can have at most ${MAX_FIELDS} fields.`)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((field, i) => {
      if (seen.has(field.key))
        ctx.addIssue({ code: 'custom', message: `fields.${i}.key '${field.key}' is given twice.`, path: [i, 'key'] });
      seen.add(field.key);
      if (field.key === 'email' && field.required === false)
        ctx.addIssue({ code: 'custom', message: 'The email field is always required.', path: [i, 'required'] });
    });
    if (!seen.has('email')) ctx.addIssue({ code: 'custom', message: 'fields must include the email field.' });
  })
  .transform((fields) =>
    fields.map((f) => ({
      key: f.key,
      label: f.label ?? defaultLabel(f.key),
      required: f.key === 'email' || !!f.required,
    })),
  );

// A host the form may be posted from: `example.com`, `*.example.com`, optionally with a port.
const Domain = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    /^(\*\.)?([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)*[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(:\d{1,5})?$/,
    'allowed_domains holds host names like example.com or *.example.com, without a scheme or path.',
  );

const RedirectUrl = z
  .url({ protocol: /^https?$/, error: 'redirect_url must be an http:// or https:// URL.' })
  .max(2048, 'redirect_url must be at most 2048 characters.')
  .nullable();

const fields = {
  name: requiredText('name', 200).describe('The heading of the hosted page, and how the dashboard lists the form.'),
  fields: Fields.describe('The inputs, in order. email is always there and required; other keys at most once.'),
  tags: z
    .array(Tag, { error: 'tags must be an array of strings.' })
    .max(20, 'A form can add at most 20 tags.')
    .transform((tags) => [...new Set(tags)])
    .describe('Added to every contact who submits the form.'),
  consent_text: requiredText('consent_text', 2000).describe(
    'What the visitor agrees to, shown above the button (for example what you will send and how often).',
  ),
  redirect_url: RedirectUrl.describe('Where a visitor goes after submitting; none: a thank-you page.'),
  allowed_domains: z
    .array(Domain, { error: 'allowed_domains must be an array of host names.' })
    .max(50, 'allowed_domains can hold at most 50 hosts.')
    .describe('Sites the form may be posted from (Origin or Referer); empty: any site.'),
  success_message: optionalText('success_message', 1000).describe('Shown on the thank-you page.'),
};

const EXAMPLE = {
  name: 'Newsletter',
  fields: [
    { key: 'email', label: 'Email', required: true },
    { key: 'first_name', label: 'First name', required: false },
  ],
  tags: ['newsletter'],
  consent_text: 'I agree to receive the monthly newsletter. I can unsubscribe at any time.',
  redirect_url: null,
  allowed_domains: ['acme-tools.com'],
  success_message: 'Thanks! Please confirm your address from the email we sent.',
};

export const CreateFormBody = z
  .strictObject({
    name: fields.name,
    fields: fields.fields.optional().describe('Default: the email field alone.'),
    tags: fields.tags.optional(),
    consent_text: fields.consent_text,
    redirect_url: fields.redirect_url.optional(),
    allowed_domains: fields.allowed_domains.optional(),
    success_message: fields.success_message.optional(),
  })
  .meta({ description: 'The new form.', examples: [EXAMPLE] });
export type CreateFormBody = z.infer<typeof CreateFormBody>;

export const UpdateFormBody = z
  .strictObject({
    name: fields.name.optional(),
    fields: fields.fields.optional(),
    tags: fields.tags.optional(),
    consent_text: fields.consent_text.optional(),
    redirect_url: fields.redirect_url.optional(),
    allowed_domains: fields.allowed_domains.optional(),
    success_message: fields.success_message.optional(),
  })
  .meta({ description: 'The fields to change; those left out stay as they are.', examples: [{ tags: ['weekly'] }] });
export type UpdateFormBody = z.infer<typeof UpdateFormBody>;

export const ListFormsQuery = PageQuery;
export const FormParams = z.strictObject({ id: z.string().max(64) });

export interface FormField {
  key: string;
  label: string;
  required: boolean;
}

export const FormResponse = z
  .object({
    id: z.string().describe('Starts with frm_.'),
    name: z.string(),
    fields: z.array(z.object({ key: z.string(), label: z.string(), required: z.boolean() })),
    tags: z.array(z.string()),
    consent_text: z.string(),
    redirect_url: z.string().nullable(),
    allowed_domains: z.array(z.string()),
    success_message: z.string().nullable(),
    hosted_url: z.string().describe('The hosted page of the form, to link to.'),
    snippet: z.string().describe('An HTML form to paste into a page of your site; it needs no script.'),
    created_at: z.string().describe('ISO 8601, UTC.'),
    updated_at: z.string().describe('ISO 8601, UTC.'),
  })
  .meta({
    id: 'Form',
    description: 'A subscribe form: a hosted page and an HTML snippet that add contacts.',
    examples: [
      {
        id: 'frm_0VbTz6Kp2HnV9qDf',
        ...EXAMPLE,
        hosted_url: 'https://grivo.example.com/f/frm_0VbTz6Kp2HnV9qDf',
        snippet:
          '<form method="post" action="https://grivo.example.com/public/forms/frm_0VbTz6Kp2HnV9qDf/submit">…</form>',
        created_at: '2026-03-20T14:00:00Z',
        updated_at: '2026-03-20T14:00:00Z',
      },
    ],
  });
export type FormResponse = z.infer<typeof FormResponse>;
