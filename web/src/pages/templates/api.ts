// The template routes the dashboard calls, typed by the OpenAPI document.
import type { RequestBody, ResponseBody } from '@grivo/sdk';
import { call, read } from '../../api/client';

export type Template = ResponseBody<'/v1/templates/{id}', 'get'>;
export type Starter = ResponseBody<'/v1/templates/starters', 'get'>['data'][number];
export type CreateTemplateBody = RequestBody<'/v1/templates', 'post'>;
export type UpdateTemplateBody = RequestBody<'/v1/templates/{id}', 'patch'>;

export const templatePath = (id: string) => `/templates/${encodeURIComponent(id)}`;

export const readTemplates = (page = 1) => read('/v1/templates', { query: { page, per_page: 50 } });
export const readStarters = () => read('/v1/templates/starters', { query: { per_page: 100 } });
export const readTemplate = (id: string) => read('/v1/templates/{id}', { params: { id } });
export const createTemplate = (body: CreateTemplateBody) => call('post', '/v1/templates', { body });
export const updateTemplate = (id: string, body: UpdateTemplateBody) =>
  call('patch', '/v1/templates/{id}', { params: { id }, body });
export const deleteTemplate = (id: string) => call('delete', '/v1/templates/{id}', { params: { id } });

/** A blank template: a greeting and the unsubscribe link, to write into. */
export const BLANK: CreateTemplateBody = {
  name: 'Untitled template',
  subject: 'Hello {{ first_name | default: "there" }}',
  html: `<html>
<body>
  <p>Hi {{ first_name | default: "there" }},</p>
  <p>Write your message here.</p>
  <p><a href="{{ unsubscribe_url }}">Unsubscribe</a></p>
</body>
</html>
`,
};
