import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp, Tenant } from './app.js';

export const CAMPAIGN = {
  name: 'November news',
  subject: 'Hi {{ first_name | default: "there" }}',
  from_name: 'Acme',
  from_email: 'news@acme.test',
  html: '<html><body><p>Hello {{ first_name | default: "there" }} from {{ attributes.city }}</p><a href="https://acme.test/a">A</a> <a href="https://acme.test/b?x=1&amp;y=2">B</a> <a href="{{ unsubscribe_url }}">Unsubscribe</a></body></html>',
};

export async function createCampaign(t: TestApp, tenant: Tenant, body: Record<string, unknown> = {}): Promise<any> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/campaigns',
    headers: tenant.auth,
    payload: { ...CAMPAIGN, ...body },
  });
  if (res.statusCode !== 201) throw new Error(`could not create campaign: ${res.body}`);
  return res.json();
}

export async function addContacts(
  t: TestApp,
  tenant: Tenant,
  contacts: Array<Record<string, unknown>>,
): Promise<string[]> {
  const ids: string[] = [];
  for (const contact of contacts) {
    const res = await t.app.inject({ method: 'POST', url: '/v1/contacts', headers: tenant.auth, payload: contact });
    if (res.statusCode !== 201) throw new Error(`could not create contact: ${res.body}`);
    ids.push(res.json().id);
  }
  return ids;
}

export async function campaignAction(t: TestApp, tenant: Tenant, id: string, action: string, payload?: object) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/campaigns/${id}/${action}`,
    headers: tenant.auth,
    ...(payload === undefined ? {} : { payload }),
  });
}

export async function statsOf(t: TestApp, tenant: Tenant, id: string): Promise<any> {
  return (await t.app.inject({ method: 'GET', url: `/v1/campaigns/${id}/stats`, headers: tenant.auth })).json();
}

/** Polls the campaign until its status is one of `statuses`. */
export async function waitForCampaign(
  t: TestApp,
  tenant: Tenant,
  id: string,
  statuses: string[],
  timeoutMs = 20_000,
): Promise<any> {
  let last: any;
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(25)) {
    last = (await t.app.inject({ method: 'GET', url: `/v1/campaigns/${id}`, headers: tenant.auth })).json();
    if (statuses.includes(last.status)) return last;
  }
  throw new Error(
    `campaign ${id} did not reach ${statuses.join('/')} in ${timeoutMs} ms: last ${last?.status} (${last?.error ?? 'no error'})`,
  );
}
