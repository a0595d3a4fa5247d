import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { CAMPAIGN } from '../helpers/campaigns.js';
import { type Browser, browse, signUpBrowser } from '../helpers/dashboard-client.js';
import { DIALECTS } from '../helpers/engines.js';
import { joinAs } from '../helpers/members.js';

type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
interface Ids {
  contact: string;
  chatbot: string;
  campaign: string;
  key: string;
  invitation: string;
  admin: string;
}

// Every route a signed-in `member` may not use (owners and admins may; API keys too).
// The list is checked against the OpenAPI document: every operation that documents
// `forbidden` is here, and nothing else.
const RESTRICTED: Array<{ method: Method; url: (ids: Ids) => string; doc: string; payload?: object }> = [
  { method: 'GET', url: () => '/dashboard/api-keys', doc: '/dashboard/api-keys' },
  { method: 'POST', url: () => '/dashboard/api-keys', doc: '/dashboard/api-keys', payload: { name: 'Mine' } },
  { method: 'DELETE', url: (i) => `/dashboard/api-keys/${i.key}`, doc: '/dashboard/api-keys/{id}' },
  {
    method: 'PATCH',
    url: (i) => `/dashboard/members/${i.admin}`,
    doc: '/dashboard/members/{user_id}',
    payload: { role: 'member' },
  },
  { method: 'DELETE', url: (i) => `/dashboard/members/${i.admin}`, doc: '/dashboard/members/{user_id}' },
  { method: 'GET', url: () => '/dashboard/invitations', doc: '/dashboard/invitations' },
  {
    method: 'POST',
    url: () => '/dashboard/invitations',
    doc: '/dashboard/invitations',
    payload: { email: 'someone.else@example.com' },
  },
  { method: 'DELETE', url: (i) => `/dashboard/invitations/${i.invitation}`, doc: '/dashboard/invitations/{id}' },
  { method: 'PATCH', url: () => '/dashboard/workspace', doc: '/dashboard/workspace', payload: { name: 'Taken over' } },
  { method: 'GET', url: () => '/v1/audit-log', doc: '/v1/audit-log' },
  { method: 'GET', url: () => '/v1/contacts/export', doc: '/v1/contacts/export' },
  { method: 'GET', url: (i) => `/v1/contacts/${i.contact}/export`, doc: '/v1/contacts/{id}/export' },
  {
    method: 'GET',
    url: (i) => `/v1/campaigns/${i.campaign}/recipients/export`,
    doc: '/v1/campaigns/{id}/recipients/export',
  },
  { method: 'GET', url: (i) => `/v1/chatbots/${i.chatbot}/leads/export`, doc: '/v1/chatbots/{id}/leads/export' },
];

describe.each(DIALECTS)('a signed-in member on %s', (dialect) => {
  let t: TestApp;
  let owner: Browser;
  let member: Browser;
  let ids: Ids;
  beforeAll(async () => {
    t = await createTestApp(dialect);
    const signedUp = await signUpBrowser(t);
    owner = signedUp.browser;
    member = (await joinAs(t, owner, 'member')).browser;
    const admin = await joinAs(t, owner, 'admin');
    const made = async (url: string, payload: object) => {
      const res = await browse(t, owner, 'POST', url, payload);
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.body}`);
      return res.json().id as string;
    };
    ids = {
      contact: await made('/v1/contacts', { email: 'kim@example.com' }),
      chatbot: await made('/v1/chatbots', { name: 'Helper' }),
      campaign: await made('/v1/campaigns', CAMPAIGN),
      key: await made('/dashboard/api-keys', { name: 'Server' }),
      invitation: await made('/dashboard/invitations', { email: 'pending@example.com' }),
      admin: admin.session.user.id,
    };
    for (const id of Object.values(ids)) expect(id).toBeTypeOf('string');
  });
  afterAll(() => t.close());

  it('is refused every restricted route with 403 forbidden and a plain sentence', async () => {
    for (const route of RESTRICTED) {
      const res = await browse(t, member, route.method, route.url(ids), route.payload);
      const what = `${route.method} ${route.url(ids)}`;
      expect(res.statusCode, what).toBe(403);
      expect(res.json().error.code, what).toBe('forbidden');
      expect(res.json().error.message, what).toMatch(
        /^Only an owner or admin of this workspace can .+\. Ask one of them\.$/,
      );
    }
    // Nothing changed: the admin is still one, the key and invitation still live.
    const members = (await browse(t, owner, 'GET', '/dashboard/members')).json().data;
    expect(members.find((m: { user_id: string }) => m.user_id === ids.admin).role).toBe('admin');
    const keys = (await browse(t, owner, 'GET', '/dashboard/api-keys')).json().data;
    expect(keys.find((k: { id: string }) => k.id === ids.key).revoked_at).toBeNull();
    expect((await browse(t, owner, 'GET', '/dashboard/invitations')).json().data).toHaveLength(1);
  });

  it('may still read members and use the workspace', async () => {
    expect((await browse(t, member, 'GET', '/dashboard/members')).statusCode).toBe(200);
    expect((await browse(t, member, 'GET', '/v1/contacts')).statusCode).toBe(200);
    expect((await browse(t, member, 'GET', '/dashboard/session')).json().workspace.role).toBe('member');
  });

  it('lists exactly the operations that document forbidden', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    const documented: string[] = [];
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths))
      for (const [method, op] of Object.entries<any>(ops))
        if (op?.responses?.['403']?.content?.['application/json']?.examples?.forbidden)
          documented.push(`${method.toUpperCase()} ${path}`);
    expect(documented.sort()).toEqual(RESTRICTED.map((r) => `${r.method} ${r.doc}`).sort());
  });

  it("cannot touch another workspace's members or invitations (404)", async () => {
    const other = await signUpBrowser(t);
    const theirs = await joinAs(t, other.browser, 'member');
    const theirInvitation = (
      await browse(t, other.browser, 'POST', '/dashboard/invitations', { email: 'theirs@example.com' })
    ).json().id;
    const attempts: Array<[Method, string, object?]> = [
      ['PATCH', `/dashboard/members/${theirs.session.user.id}`, { role: 'admin' }],
      ['DELETE', `/dashboard/members/${theirs.session.user.id}`],
      ['DELETE', `/dashboard/invitations/${theirInvitation}`],
      ['POST', '/dashboard/session/workspace', { workspace_id: other.session.workspace.id }],
    ];
    for (const [method, url, payload] of attempts) {
      const res = await browse(t, owner, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(res.json().error.code).toBe('not_found');
    }
    expect((await browse(t, other.browser, 'GET', '/dashboard/invitations')).json().data).toHaveLength(1);
    expect((await browse(t, theirs.browser, 'GET', '/dashboard/session')).json().workspace.role).toBe('member');
  });
});
