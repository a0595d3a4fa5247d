// What an audit log entry says happened, as a sentence a person reads.
import { formatDate, plural } from '../../ui/format';
import type { AuditEntry, AuditResourceType } from './audit-api';

/** The kinds of thing the log can be narrowed to, as the filter offers them. */
export const RESOURCE_KINDS: Array<[AuditResourceType, string]> = [
  ['api_key', 'API keys'],
  ['campaign', 'Campaigns'],
  ['contact', 'Contact exports and erasures'],
  ['contact_import', 'Contact imports'],
  ['chatbot', 'Chatbots'],
  ['webhook_endpoint', 'Webhook endpoints'],
  ['workspace', 'Workspace and settings'],
  ['member', 'Members'],
  ['invitation', 'Invitations'],
];

const RESOURCE_NAMES: Record<AuditResourceType, string> = {
  api_key: 'API key',
  campaign: 'Campaign',
  contact: 'Contact',
  contact_import: 'Contact import',
  chatbot: 'Chatbot',
  webhook_endpoint: 'Webhook endpoint',
  workspace: 'Workspace',
  member: 'Member',
  invitation: 'Invitation',
};

/** "API key", "Campaign"… for the resource column. */
export function resourceName(type: AuditResourceType): string {
  return RESOURCE_NAMES[type] ?? 'Something';
}

/** Who acted, as the sentence names them: the person or key, or Grivo. */
export function actorName(entry: AuditEntry): string {
  if (entry.actor.type === 'api_key') return `The API key “${entry.actor.label}”`;
  // Grivo itself, or one of its own tools ("Command line" → "The command line").
  if (entry.actor.type === 'system')
    return entry.actor.label === 'Grivo' ? 'Grivo' : `The ${entry.actor.label.toLowerCase()}`;
  return entry.actor.label;
}

/** What kind of actor, under the name in the Who column. */
export function actorKind(entry: AuditEntry): string {
  if (entry.actor.type === 'api_key') return 'API key';
  if (entry.actor.type === 'system') return 'Automatic';
  return 'Team member';
}

const SETTING_NAMES: Record<string, string> = {
  name: 'name',
  time_zone: 'time zone',
  postal_address: 'postal address',
  default_from_name: 'default sender name',
  default_from_email: 'default sender address',
  double_opt_in: 'double opt-in',
  confirmation_subject: 'confirmation subject',
  confirmation_html: 'confirmation email',
  confirmation_expiry_days: 'confirmation expiry',
};

/** "name, time zone and postal address". */
function listOf(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
/** "the campaign “November news”", or "a campaign" when the entry names none. */
const named = (kind: string, name: unknown, article = 'a'): string => {
  const value = text(name);
  return value ? `the ${kind} “${value}”` : `${article} ${kind}`;
};

/** The contacts an export took, as its filters said. */
function exportScope(details: Record<string, unknown>): string {
  const parts = [
    text(details.tag) && `tagged “${text(details.tag)}”`,
    text(details.status) && `${text(details.status)} only`,
    details.searched === true && 'matching a search',
  ].filter((p): p is string => typeof p === 'string');
  return parts.length === 0 ? 'every contact' : `the contacts ${listOf(parts)}`;
}

/** "Ana revoked the API key “CI”". */
export function auditSentence(entry: AuditEntry): string {
  const who = actorName(entry);
  const d = entry.details;
  switch (entry.action) {
    case 'api_key.created':
      return `${who} created ${named('API key', d.name, 'an')}`;
    case 'api_key.revoked':
      return `${who} revoked ${named('API key', d.name, 'an')}`;
    case 'campaign.sent':
      return `${who} sent ${named('campaign', d.name)}`;
    case 'campaign.scheduled': {
      const at = text(d.send_at);
      return `${who} scheduled ${named('campaign', d.name)}${at ? ` for ${formatDate(at)}` : ''}`;
    }
    case 'campaign.schedule_cancelled':
      return `${who} cancelled the scheduled send of ${named('campaign', d.name)}`;
    case 'campaign.cancelled':
      return `${who} stopped ${named('campaign', d.name)} while it was sending`;
    case 'contacts.exported':
      return `${who} exported ${exportScope(d)} as a CSV file`;
    case 'campaign.recipients_exported':
      return `${who} downloaded the ${text(d.event) ?? 'recipient'} list of ${named('campaign', d.name)}`;
    case 'chatbot.leads_exported':
      return `${who} downloaded the leads of ${named('chatbot', d.name)}`;
    case 'contact.exported':
      return `${who} exported everything held about one contact`;
    case 'contact.erased':
      return `${who} erased a contact at their request`;
    case 'contact_import.started':
      return typeof d.rows === 'number'
        ? `${who} started importing ${plural(d.rows, 'row')} of contacts from a CSV file`
        : `${who} started importing contacts from a CSV file`;
    case 'chatbot.deleted':
      return `${who} deleted ${named('chatbot', d.name)}`;
    case 'webhook_endpoint.created':
      return text(d.url) ? `${who} added the webhook endpoint ${text(d.url)}` : `${who} added a webhook endpoint`;
    case 'webhook_endpoint.deleted':
      return text(d.url) ? `${who} removed the webhook endpoint ${text(d.url)}` : `${who} removed a webhook endpoint`;
    case 'settings.updated':
    case 'workspace.updated': {
      const fields = Array.isArray(d.fields) ? d.fields.map((f) => SETTING_NAMES[String(f)] ?? 'another setting') : [];
      return fields.length > 0
        ? `${who} changed the workspace’s ${listOf([...new Set(fields)])}`
        : `${who} changed the workspace’s settings`;
    }
    case 'workspace.ownership_transferred':
      return `${who} handed the workspace over to ${text(d.to_label) ?? text(d.email) ?? 'another member'}`;
    case 'member.invited':
      return `${who} invited ${text(d.email) ?? 'someone'} to the workspace${text(d.role) ? ` as ${d.role}` : ''}`;
    case 'member.joined':
      return `${who} joined the workspace`;
    case 'member.removed':
      return `${who} removed ${text(d.email) ?? text(d.label) ?? 'a member'} from the workspace`;
    case 'member.role_changed': {
      const role = text(d.role);
      const whom = text(d.email) ?? text(d.label) ?? 'a member';
      return role
        ? `${who} made ${whom} ${role === 'member' ? 'a' : 'an'} ${role}`
        : `${who} changed the role of ${whom}`;
    }
    case 'invitation.revoked':
      return `${who} withdrew the invitation of ${text(d.email) ?? 'someone'}`;
    default:
      return `${who} changed something (${resourceName(entry.resource.type).toLowerCase()})`;
  }
}
