import { ApiError, notFound } from '../../http/api-error.js';
import { pageOf, toPage, type Page, type PageQuery } from '../../http/pagination.js';
import { newId } from '../../lib/ids.js';
import { apiTime, nowIso } from '../../lib/time.js';
import type { Database } from '../../storage/database.js';
import { assertValidTemplates } from '../campaigns/service.js';
import type { TemplateSandbox } from '../campaigns/sandbox/sandbox.js';
import { markdownToHtmlTemplate } from './markdown.js';
import type { CreateTemplateBody, StarterResponse, TemplateResponse, UpdateTemplateBody } from './schema.js';
import { findStarter, STARTERS } from './starters/starters.js';
import { templates, type TemplateRow } from './store.js';

export interface TemplateDeps {
  database: Database;
  /** Checks the Liquid of a template when it is saved. */
  templates: TemplateSandbox;
}

export function toTemplateResponse(row: TemplateRow): TemplateResponse {
  return {
    id: row.id,
    name: row.name,
    subject: row.subject,
    html: row.html,
    markdown: row.markdown,
    text: row.text,
    created_at: apiTime(row.created_at),
    updated_at: apiTime(row.updated_at),
  };
}

export async function getTemplateRow(deps: Pick<TemplateDeps, 'database'>, workspaceId: string, id: string) {
  const row = await templates.find(deps.database.db, workspaceId, id);
  if (!row) throw notFound('template', id);
  return row;
}

/** The body as stored: html as given, or made from markdown (which is kept beside it). */
function bodyOf(input: { html?: string; markdown?: string }): { html: string; markdown: string | null } | undefined {
  if (input.html !== undefined && input.markdown !== undefined)
    throw new ApiError('invalid_request', 'Give html or markdown, not both.', 'markdown');
  if (input.markdown !== undefined) return { html: markdownToHtmlTemplate(input.markdown), markdown: input.markdown };
  if (input.html !== undefined) return { html: input.html, markdown: null };
  return undefined;
}

/** Checks the Liquid like a campaign's; a problem in HTML made from markdown names markdown. */
async function assertValid(
  deps: TemplateDeps,
  content: { subject: string; html: string; text: string | null },
  fromMarkdown: boolean,
): Promise<void> {
  try {
    await assertValidTemplates(deps, content);
  } catch (error) {
    if (fromMarkdown && error instanceof ApiError && error.param === 'html')
      throw new ApiError(error.code, `${error.message} (in the HTML made from the markdown)`, 'markdown');
    throw error;
  }
}

export async function createTemplate(
  deps: TemplateDeps,
  workspaceId: string,
  given: CreateTemplateBody,
): Promise<TemplateResponse> {
  const input = withStarter(given);
  const body = bodyOf(input);
  if (!body) throw new ApiError('invalid_request', 'Give the body as html or as markdown.', 'html');
  if (input.name === undefined) throw new ApiError('invalid_request', 'Give a name, or a starter.', 'name');
  if (input.subject === undefined) throw new ApiError('invalid_request', 'Give a subject, or a starter.', 'subject');
  const content = { subject: input.subject, html: body.html, text: input.text ?? null };
  await assertValid(deps, content, body.markdown !== null);
  const now = nowIso();
  const row: TemplateRow = {
    id: newId('tpl'),
    workspace_id: workspaceId,
    name: input.name,
    ...content,
    markdown: body.markdown,
    created_at: now,
    updated_at: now,
  };
  await templates.insert(deps.database.db, row);
  return toTemplateResponse(row);
}

/** The starter's fields under the ones given; a body given (html or markdown) replaces the starter's html and text. */
function withStarter(input: CreateTemplateBody): CreateTemplateBody {
  if (input.starter === undefined) return input;
  const starter = findStarter(input.starter);
  if (!starter) throw new ApiError('invalid_request', `No starter design is called '${input.starter}'.`, 'starter');
  const ownBody = input.html !== undefined || input.markdown !== undefined;
  return {
    ...input,
    name: input.name ?? starter.name,
    subject: input.subject ?? starter.subject,
    ...(ownBody ? {} : { html: starter.html, text: input.text ?? starter.text }),
  };
}

/** The starter designs shipped with Grivo, as one page. */
export function listStarters(query: PageQuery): Page<StarterResponse> {
  const from = (query.page - 1) * query.per_page;
  const data = STARTERS.slice(from, from + query.per_page).map(({ id, name, description, subject, html, text }) => ({
    id,
    name,
    description,
    subject,
    html,
    text,
  }));
  return toPage(data, STARTERS.length, query);
}

export async function listTemplates(
  deps: Pick<TemplateDeps, 'database'>,
  workspaceId: string,
  query: PageQuery,
): Promise<Page<TemplateResponse>> {
  return pageOf(query, templates.of(deps.database.db, workspaceId), toTemplateResponse);
}

export async function getTemplate(deps: Pick<TemplateDeps, 'database'>, workspaceId: string, id: string) {
  return toTemplateResponse(await getTemplateRow(deps, workspaceId, id));
}

export async function updateTemplate(
  deps: TemplateDeps,
  workspaceId: string,
  id: string,
  input: UpdateTemplateBody,
): Promise<TemplateResponse> {
  const row = await getTemplateRow(deps, workspaceId, id);
  const body = bodyOf(input) ?? { html: row.html, markdown: row.markdown };
  const content = {
    subject: input.subject ?? row.subject,
    html: body.html,
    text: input.text === undefined ? row.text : input.text,
  };
  await assertValid(deps, content, body.markdown !== null);
  const values = { ...content, markdown: body.markdown, name: input.name ?? row.name, updated_at: nowIso() };
  if (!(await templates.update(deps.database.db, workspaceId, id, values))) throw notFound('template', id);
  return toTemplateResponse({ ...row, ...values });
}

export async function deleteTemplate(deps: Pick<TemplateDeps, 'database'>, workspaceId: string, id: string) {
  if (!(await templates.remove(deps.database.db, workspaceId, id))) throw notFound('template', id);
}

/** A template's content, for a campaign made from it (given to campaigns by the root). */
export function templateContentFinder(database: Database) {
  return async (workspaceId: string, id: string) => {
    const row = await templates.find(database.db, workspaceId, id);
    return row && { subject: row.subject, html: row.html, text: row.text };
  };
}
