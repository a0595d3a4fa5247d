import { z } from 'zod';
import { optionalText, requiredText as required, TEMPLATE_MAX } from '../../lib/text-fields.js';
import { PageQuery } from '../../http/pagination.js';

const VARIABLES =
  'Liquid. In a transactional email, each key of its `data` is a variable and {{ email }} is the recipient; ' +
  'in a campaign made from the template, the contact variables are.';

const fields = {
  name: required('name', 200).describe('Shown to you, not to recipients.'),
  subject: required('subject', 998).describe(`The subject template. ${VARIABLES}`),
  html: required('html', TEMPLATE_MAX).describe(`The HTML body template; give html or markdown. ${VARIABLES}`),
  markdown: required('markdown', TEMPLATE_MAX).describe(
    'The body as Markdown (with Liquid), made into `html` when the template is saved; give html or markdown.',
  ),
  text: optionalText('text', TEMPLATE_MAX).describe(
    `The plain-text body template; made from the HTML when sending when absent. ${VARIABLES}`,
  ),
};

const EXAMPLE = {
  name: 'Password reset',
  subject: 'Reset your password, {{ first_name | default: "there" }}',
  html: '<p>Hi {{ first_name | default: "there" }},</p><p><a href="{{ reset_url }}">Choose a new password</a>.</p>',
};

export const CreateTemplateBody = z
  .strictObject({
    starter: z
      .string({ error: 'starter must be a string.' })
      .max(64, 'starter must be at most 64 characters.')
      .optional()
      .describe(
        'The id of a starter design (see GET /v1/templates/starters) to copy: its name, subject, html and text ' +
          'are used for the fields not given.',
      ),
    name: fields.name.optional().describe(`${fields.name.description} Required unless starter is given.`),
    subject: fields.subject.optional().describe(`${fields.subject.description} Required unless starter is given.`),
    html: fields.html.optional(),
    markdown: fields.markdown.optional(),
    text: fields.text.optional(),
  })
  .meta({
    description: 'The new template: a subject and exactly one of html and markdown, or a starter design to copy.',
    examples: [
      EXAMPLE,
      { starter: 'newsletter', name: 'Our newsletter' },
      { name: 'Welcome', subject: 'Welcome!', markdown: '# Welcome, {{ first_name }}\n\nGlad you came.' },
    ],
  });
export type CreateTemplateBody = z.infer<typeof CreateTemplateBody>;

export const UpdateTemplateBody = z
  .strictObject({
    name: fields.name.optional(),
    subject: fields.subject.optional(),
    html: fields.html.optional(),
    markdown: fields.markdown.optional(),
    text: fields.text.optional(),
  })
  .meta({
    description: 'The fields to change; html or markdown (not both) replaces the body.',
    examples: [{ subject: 'Reset your Acme password' }],
  });
export type UpdateTemplateBody = z.infer<typeof UpdateTemplateBody>;

export const ListTemplatesQuery = PageQuery;
export const TemplateParams = z.strictObject({ id: z.string().max(64) });

const Time = z.string().describe('ISO 8601, UTC.');

export const TemplateResponse = z
  .object({
    id: z.string().describe('Starts with tpl_.'),
    name: z.string(),
    subject: z.string(),
    html: z.string().describe('The HTML template (made from markdown when that was given).'),
    markdown: z.string().nullable().describe('The Markdown the HTML was made from, when given.'),
    text: z.string().nullable().describe('The text template; null: made from the HTML when sending.'),
    created_at: Time,
    updated_at: Time,
  })
  .meta({
    id: 'Template',
    description: 'A reusable message for transactional emails and campaigns.',
    examples: [
      {
        id: 'tpl_0VbTz6Kp2HnV9qDf',
        ...EXAMPLE,
        markdown: null,
        text: null,
        created_at: '2026-03-20T14:00:00Z',
        updated_at: '2026-03-20T14:00:00Z',
      },
    ],
  });
export type TemplateResponse = z.infer<typeof TemplateResponse>;

export const StarterResponse = z
  .object({
    id: z.string().describe('Give it as `starter` when creating a template (`POST /v1/templates`).'),
    name: z.string(),
    description: z.string().describe('What the design is for, in one sentence.'),
    subject: z.string().describe('The subject template.'),
    html: z.string().describe('The HTML template: responsive, and linking to {{ unsubscribe_url }}.'),
    text: z.string().describe('The plain-text template.'),
  })
  .meta({
    id: 'TemplateStarter',
    description: 'An email design shipped with Grivo to start from; replace its sample words with yours.',
    examples: [
      {
        id: 'plain-letter',
        name: 'Plain letter',
        description: 'A short personal note: no images, just words.',
        subject: 'A quick note from us',
        html: '<!doctype html><html lang="en"><body><p>Hi {{ first_name | default: "there" }},</p><p>…</p><p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p></body></html>',
        text: 'Hi {{ first_name | default: "there" }},\n\n…\n\nUnsubscribe: {{ unsubscribe_url }}',
      },
    ],
  });
export type StarterResponse = z.infer<typeof StarterResponse>;
