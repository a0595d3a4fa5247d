import type { TestApp, Tenant } from '../helpers/app.js';

/** Valid things for the fuzz suite to aim at: ids of each kind, and a signed-in dashboard session. */
export interface FuzzTargets {
  /** The valid value of each `:param` of a route pattern. */
  idsFor(url: string): Record<string, string>;
  session: { cookie: string; csrf: string };
}

export async function setUpFuzzTargets(t: TestApp, tenant: Tenant): Promise<FuzzTargets> {
  const post = async (url: string, payload: object, expected: number) => {
    const res = await t.app.inject({ method: 'POST', url, headers: tenant.auth, payload });
    if (res.statusCode !== expected) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json();
  };
  const bot = await post(
    '/v1/chatbots',
    { name: 'Fuzz bot', allowed_domains: ['fuzz.example'], lead_capture: { enabled: true, when: 'start' } },
    201,
  );
  const conversation = await post(`/v1/chatbots/${bot.id}/chat`, { message: 'Hello?' }, 200);
  const contact = await post('/v1/contacts', { email: 'target@example.com', first_name: 'Target' }, 201);
  const campaign = await post(
    '/v1/campaigns',
    { name: 'Fuzz', subject: 'Hi {{ first_name }}', from_email: 'news@example.com', html: '<p>Hi</p>' },
    201,
  );
  const upload = await t.app.inject({
    method: 'POST',
    url: '/v1/contacts/import',
    headers: { ...tenant.auth, 'content-type': 'text/csv' },
    payload: 'email\nada@example.com\n',
  });
  if (upload.statusCode !== 202) throw new Error(`import: ${upload.body}`);

  const signUp = await t.app.inject({
    method: 'POST',
    url: '/dashboard/signup',
    payload: { email: 'owner@fuzz.example', password: 'correct horse battery' },
  });
  if (signUp.statusCode !== 201) throw new Error(`signup: ${signUp.body}`);
  const cookie = String(signUp.headers['set-cookie']).split(';')[0]!;
  const csrf = signUp.json().csrf_token as string;
  const key = await t.app.inject({
    method: 'POST',
    url: '/dashboard/api-keys',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { name: 'Target' },
  });
  if (key.statusCode !== 201) throw new Error(`api key: ${key.body}`);
  const invitation = await t.app.inject({
    method: 'POST',
    url: '/dashboard/invitations',
    headers: { cookie, 'x-csrf-token': csrf },
    payload: { email: 'invitee@fuzz.example', role: 'member' },
  });
  if (invitation.statusCode !== 201) throw new Error(`invitation: ${invitation.body}`);

  const byPrefix: Array<[string, Record<string, string>]> = [
    ['/v1/chatbots/', { id: bot.id, conversation_id: conversation.conversation_id }],
    ['/v1/contacts/imports/', { id: upload.json().id }],
    ['/v1/contacts/', { id: contact.id }],
    ['/v1/campaigns/', { id: campaign.id }],
    ['/public/chatbots/', { id: bot.id }],
    ['/dashboard/api-keys/', { id: key.json().id }],
    ['/dashboard/invitations/', { id: invitation.json().id }],
    // The owner themself: their role cannot change and they cannot be removed, so nothing is lost.
    ['/dashboard/members/', { user_id: signUp.json().user.id }],
  ];
  return {
    idsFor: (url) => byPrefix.find(([prefix]) => url.startsWith(prefix))?.[1] ?? {},
    session: { cookie, csrf },
  };
}
