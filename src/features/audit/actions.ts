/**
 * What the audit log records, `resource.verb`. A feature recording a new kind of
 * action adds it here (the list filters `GET /v1/audit-log?action=` and its docs)
 * and gives it a sentence in the dashboard (web/src/pages/settings/audit-sentence.ts).
 */
export const AUDIT_ACTIONS = [
  'api_key.created',
  'api_key.revoked',
  'campaign.sent',
  'campaign.scheduled',
  'campaign.schedule_cancelled',
  'campaign.cancelled',
  'contacts.exported',
  'contact.exported',
  'campaign.recipients_exported',
  'chatbot.leads_exported',
  'contact.erased',
  'contact_import.started',
  'chatbot.deleted',
  'webhook_endpoint.created',
  'webhook_endpoint.deleted',
  'settings.updated',
  'workspace.updated',
  'workspace.ownership_transferred',
  'member.invited',
  'member.joined',
  'member.removed',
  'member.role_changed',
  'invitation.revoked',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** The kinds of thing an entry is about. */
export const AUDIT_RESOURCE_TYPES = [
  'api_key',
  'campaign',
  'contact',
  'contact_import',
  'chatbot',
  'webhook_endpoint',
  'workspace',
  'member',
  'invitation',
] as const;
export type AuditResourceType = (typeof AUDIT_RESOURCE_TYPES)[number];

export const AUDIT_ACTOR_TYPES = ['user', 'api_key', 'system'] as const;
