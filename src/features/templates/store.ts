import type { Selectable } from 'kysely';
import type { TemplatesTable } from '../../storage/tables-emails.js';
import { workspaceTable } from '../../storage/workspace-table.js';

export type TemplateRow = Selectable<TemplatesTable>;

export const templates = workspaceTable('templates');
