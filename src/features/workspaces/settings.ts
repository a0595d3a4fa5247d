import { ApiError, notFound } from '../../http/api-error.js';
import { nowIso } from '../../lib/time.js';
import type { Db } from '../../storage/database.js';
import { GRIVO, recordAudit, type AuditBy } from '../audit/record.js';
import type { SettingsResponse, UpdateSettingsBody } from './settings-schema.js';
import { findWorkspaceSettings, updateWorkspaceSettings } from './store.js';

/**
 * Renders Liquid as the campaigns' sandbox does (`TemplateSandbox.renderData`),
 * named by shape so this feature imports none: a confirmation template is
 * checked on save like a campaign's.
 */
export interface TemplateRenderer {
  renderData(
    content: { subject: string; html: string | null; text: string | null },
    data: Record<string, unknown>,
    email: string,
  ): Promise<{ content: unknown } | { problem: { field: string; message: string } }>;
}

/** What a confirmation template is rendered over when it is saved (its variables, with sample values). */
const SAMPLE_CONFIRMATION_DATA = {
  confirm_url: 'https://example.com/confirm/sample',
  first_name: 'Ada',
  last_name: 'Lovelace',
  workspace_name: 'Acme Tools',
  expiry_days: 7,
};

export async function getSettings(db: Db, workspaceId: string): Promise<SettingsResponse> {
  const row = await findWorkspaceSettings(db, workspaceId);
  if (!row) throw notFound('workspace', workspaceId, '');
  return {
    default_from_name: row.default_from_name,
    default_from_email: row.default_from_email,
    double_opt_in: row.double_opt_in !== 0,
    confirmation_subject: row.confirmation_subject,
    confirmation_html: row.confirmation_html,
    confirmation_expiry_days: row.confirmation_expiry_days,
    postal_address: row.postal_address,
  };
}

/** Changes the settings given; the audit log records which (`settings.updated`), and `by` as who did. */
export async function updateSettings(
  deps: { database: { db: Db }; templates: TemplateRenderer },
  workspaceId: string,
  body: UpdateSettingsBody,
  by: AuditBy = GRIVO,
): Promise<SettingsResponse> {
  const { db } = deps.database;
  await checkConfirmationTemplate(deps.templates, body);
  const { double_opt_in, ...rest } = body;
  const values = {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    ...(double_opt_in === undefined ? {} : { double_opt_in: double_opt_in ? 1 : 0 }),
  };
  const updated = await db.transaction().execute(async (trx) => {
    if (!(await updateWorkspaceSettings(trx, workspaceId, values, nowIso()))) return false;
    await recordAudit(
      trx,
      { ...by, workspaceId },
      {
        action: 'settings.updated',
        resourceType: 'workspace',
        resourceId: workspaceId,
        details: { fields: Object.keys(values).sort() },
      },
    );
    return true;
  });
  if (!updated) throw notFound('workspace', workspaceId, '');
  return getSettings(db, workspaceId);
}

/** A confirmation subject or HTML that does not render answers 400 naming the setting and the place. */
async function checkConfirmationTemplate(templates: TemplateRenderer, body: UpdateSettingsBody): Promise<void> {
  const subject = body.confirmation_subject;
  const html = body.confirmation_html;
  if (typeof subject !== 'string' && typeof html !== 'string') return;
  const rendered = await templates
    .renderData(
      { subject: subject ?? 'Confirm', html: html ?? '<a href="{{ confirm_url }}">Confirm</a>', text: null },
      SAMPLE_CONFIRMATION_DATA,
      'ada@example.com',
    )
    .catch((error: unknown) => {
      throw new ApiError(
        'template_limit_exceeded',
        `The confirmation template is over a template limit: ${error instanceof Error ? error.message : String(error)}`,
        typeof html === 'string' ? 'confirmation_html' : 'confirmation_subject',
      );
    });
  if ('problem' in rendered) {
    const param = rendered.problem.field === 'subject' ? 'confirmation_subject' : 'confirmation_html';
    throw new ApiError('invalid_template', `${param}: ${rendered.problem.message}`, param);
  }
}
