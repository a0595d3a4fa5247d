import type { Config } from '../../config.js';
import { notFound } from '../../http/api-error.js';
import { pageOf, type Page, type PageQuery } from '../../http/pagination.js';
import { newId } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { formHtml } from './html.js';
import type { CreateFormBody, FormField, FormResponse, UpdateFormBody } from './schema.js';
import { forms, type FormRow } from './store.js';

export interface FormDeps {
  database: Database;
  config: Pick<Config, 'publicUrl'>;
}

const EMAIL_ONLY: FormField[] = [{ key: 'email', label: 'Email', required: true }];

/** The URL a form posts to, and its hosted page's. */
export function formUrls(publicUrl: string, id: string): { action: string; hosted: string } {
  const base = publicUrl.replace(/\/+$/, '');
  return { action: `${base}/public/forms/${id}/submit`, hosted: `${base}/f/${id}` };
}

/** A stored form as its pages read it. */
export function formOf(row: FormRow) {
  return {
    id: row.id,
    workspace_id: row.workspace_id,
    name: row.name,
    fields: JSON.parse(row.fields) as FormField[],
    tags: JSON.parse(row.tags) as string[],
    consent_text: row.consent_text,
    redirect_url: row.redirect_url,
    allowed_domains: JSON.parse(row.allowed_domains) as string[],
    success_message: row.success_message,
  };
}
export type Form = ReturnType<typeof formOf>;

export function toFormResponse(publicUrl: string, row: FormRow): FormResponse {
  const { workspace_id: _, ...form } = formOf(row);
  const urls = formUrls(publicUrl, row.id);
  return {
    ...form,
    hosted_url: urls.hosted,
    snippet: formHtml(form, urls.action),
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

export async function createForm(deps: FormDeps, workspaceId: string, input: CreateFormBody): Promise<FormResponse> {
  const now = nowIso();
  const row: FormRow = {
    id: newId('frm'),
    workspace_id: workspaceId,
    name: input.name,
    fields: JSON.stringify(input.fields ?? EMAIL_ONLY),
    tags: JSON.stringify(input.tags ?? []),
    consent_text: input.consent_text,
    redirect_url: input.redirect_url ?? null,
    allowed_domains: JSON.stringify(input.allowed_domains ?? []),
    success_message: input.success_message ?? null,
    created_at: now,
    updated_at: now,
  };
  await forms.insert(deps.database.db, row);
  return toFormResponse(deps.config.publicUrl, row);
}

export async function listForms(deps: FormDeps, workspaceId: string, query: PageQuery): Promise<Page<FormResponse>> {
  return pageOf(query, forms.of(deps.database.db, workspaceId), (row) => toFormResponse(deps.config.publicUrl, row));
}

async function getFormRow(deps: FormDeps, workspaceId: string, id: string): Promise<FormRow> {
  const row = await forms.find(deps.database.db, workspaceId, id);
  if (!row) throw notFound('form', id);
  return row;
}

export async function getForm(deps: FormDeps, workspaceId: string, id: string): Promise<FormResponse> {
  return toFormResponse(deps.config.publicUrl, await getFormRow(deps, workspaceId, id));
}

export async function updateForm(
  deps: FormDeps,
  workspaceId: string,
  id: string,
  input: UpdateFormBody,
): Promise<FormResponse> {
  const row = await getFormRow(deps, workspaceId, id);
  const values = {
    name: input.name ?? row.name,
    fields: input.fields ? JSON.stringify(input.fields) : row.fields,
    tags: input.tags ? JSON.stringify(input.tags) : row.tags,
    consent_text: input.consent_text ?? row.consent_text,
    redirect_url: input.redirect_url === undefined ? row.redirect_url : input.redirect_url,
    allowed_domains: input.allowed_domains ? JSON.stringify(input.allowed_domains) : row.allowed_domains,
    success_message: input.success_message === undefined ? row.success_message : input.success_message,
    updated_at: nowIso(),
  };
  if (!(await forms.update(deps.database.db, workspaceId, id, values))) throw notFound('form', id);
  return toFormResponse(deps.config.publicUrl, { ...row, ...values });
}

export async function deleteForm(deps: FormDeps, workspaceId: string, id: string): Promise<void> {
  if (!(await forms.remove(deps.database.db, workspaceId, id))) throw notFound('form', id);
}
