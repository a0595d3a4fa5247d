import { describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-api';
import { auditSentence } from './audit-sentence';

const ana = { type: 'user', id: 'usr_1', label: 'Ana' } as const;
const entry = (action: string, details: Record<string, unknown>, actor: AuditEntry['actor'] = ana): AuditEntry => ({
  id: 'aud_1',
  action,
  actor,
  resource: { type: 'api_key', id: 'key_1' },
  details,
  created_at: '2026-03-20T14:05:00Z',
});

describe('audit sentences', () => {
  it.each([
    ['api_key.revoked', { name: 'CI' }, 'Ana revoked the API key “CI”'],
    ['api_key.created', {}, 'Ana created an API key'],
    ['campaign.sent', { name: 'News' }, 'Ana sent the campaign “News”'],
    ['contacts.exported', { tag: null, status: null, searched: false }, 'Ana exported every contact as a CSV file'],
    [
      'contacts.exported',
      { tag: 'vip', status: 'subscribed', searched: true },
      'Ana exported the contacts tagged “vip”, subscribed only and matching a search as a CSV file',
    ],
    ['contact.erased', {}, 'Ana erased a contact at their request'],
    [
      'campaign.recipients_exported',
      { name: 'News', event: 'clicked' },
      'Ana downloaded the clicked list of the campaign “News”',
    ],
    ['chatbot.leads_exported', { name: 'Help' }, 'Ana downloaded the leads of the chatbot “Help”'],
    ['contact_import.started', { rows: 1 }, 'Ana started importing 1 row of contacts from a CSV file'],
    [
      'settings.updated',
      { fields: ['default_from_name', 'double_opt_in'] },
      'Ana changed the workspace’s default sender name and double opt-in',
    ],
    ['member.role_changed', { email: 'bo@example.com', role: 'admin' }, 'Ana made bo@example.com an admin'],
    ['something.new', {}, 'Ana changed something (api key)'],
  ])('%s %j', (action, details, sentence) => {
    expect(auditSentence(entry(action, details))).toBe(sentence);
  });

  it('names a key and Grivo as the actor', () => {
    const key = { type: 'api_key', id: 'key_2', label: 'Ops' } as const;
    expect(auditSentence(entry('chatbot.deleted', { name: 'Help' }, key))).toBe(
      'The API key “Ops” deleted the chatbot “Help”',
    );
    const cli = { type: 'system', id: null, label: 'Command line' } as const;
    expect(auditSentence(entry('api_key.created', { name: 'pysdk' }, cli))).toBe(
      'The command line created the API key “pysdk”',
    );
  });
});
