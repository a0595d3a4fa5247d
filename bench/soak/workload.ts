// The soak's background work, each piece in a workspace of its own so its
// expected outcome is exact: contact imports, campaign sends to the sink, and
// chatbot trainings on a loopback website.
import { createTenant, type Tenant } from '../../test/helpers/app.js';
import { contactRow } from '../../test/helpers/contact-rows.js';
import type { TestDatabase } from '../../test/helpers/engines.js';
import { callWithFailover, call, createOnce } from './client.js';
import type { Cluster } from './cluster.js';

export interface Soak {
  cluster: Cluster;
  database: TestDatabase;
  /** The loopback website trainings crawl. */
  siteUrl: string;
}

export interface ImportRun {
  tenant: Tenant;
  expected: { created: number; updated: number; failed: number };
  id: string;
}

export interface SendRun {
  tenant: Tenant;
  emails: string[];
  id: string;
}

export interface TrainingRun {
  tenant: Tenant;
  id: string;
}

const IMPORT_ROWS = 1500;
const IMPORT_REPEATS = 100;
const IMPORT_BAD = 50;

/** Uploads a CSV of new, repeated and invalid rows: what the import must count is known exactly. */
export async function startImport(soak: Soak, index: number): Promise<ImportRun> {
  const tenant = await createTenant({ database: soak.database }, 'pro');
  const rows = ['email,first_name,city'];
  for (let i = 0; i < IMPORT_ROWS; i++) rows.push(`imp${index}-${i}@soak.test,Name ${i},City ${i % 7}`);
  for (let i = 0; i < IMPORT_REPEATS; i++) rows.push(`imp${index}-${i}@soak.test,Renamed ${i},`);
  for (let i = 0; i < IMPORT_BAD; i++) rows.push(`not-an-address-${i},Bad,`);
  const csv = `${rows.join('\n')}\n`;
  const created = await createOnce(
    soak.cluster,
    () => call(soak.cluster, 'POST', '/v1/contacts/import', { key: tenant.key, csv }),
    async () => (await callWithFailover(soak.cluster, 'GET', '/v1/contacts/imports', { key: tenant.key })).body.data[0],
    202,
  );
  return { tenant, id: created.id, expected: { created: IMPORT_ROWS, updated: IMPORT_REPEATS, failed: IMPORT_BAD } };
}

/** Seeds subscribed contacts, then creates and sends a campaign to them through the API. */
export async function startSend(soak: Soak, index: number, recipients: number): Promise<SendRun> {
  const tenant = await createTenant({ database: soak.database }, 'pro');
  const emails = Array.from({ length: recipients }, (_, i) => `send${index}-${i}@soak.test`);
  await soak.database.db
    .insertInto('contacts')
    .values(
      emails.map((email, i) =>
        contactRow(tenant.workspaceId, `ct_soak${String(index).padStart(4, '0')}${String(i).padStart(6, '0')}`, email, {
          first_name: `R${i}`,
          attributes: JSON.stringify({ city: 'Oslo' }),
        }),
      ),
    )
    .execute();
  const body = {
    name: `Soak ${index}`,
    subject: 'Hello {{ first_name }}',
    from_email: 'news@soak.test',
    html: '<p>Hi {{ first_name }} in {{ attributes.city }}</p><a href="https://soak.test/offer">Offer</a>',
  };
  const campaign = await createOnce(
    soak.cluster,
    () => call(soak.cluster, 'POST', '/v1/campaigns', { key: tenant.key, body }),
    async () => (await callWithFailover(soak.cluster, 'GET', '/v1/campaigns', { key: tenant.key })).body.data[0],
    201,
  );
  for (;;) {
    const sent = await callWithFailover(soak.cluster, 'POST', `/v1/campaigns/${campaign.id}/send`, {
      key: tenant.key,
      body: {},
    });
    if (sent.status === 202 || sent.status === 409) break;
    throw new Error(`send of ${campaign.id} answered ${sent.status}: ${JSON.stringify(sent.body)}`);
  }
  return { tenant, emails, id: campaign.id };
}

/** Creates a chatbot on the loopback site, which starts its training. */
export async function startTraining(soak: Soak, index: number): Promise<TrainingRun> {
  const tenant = await createTenant({ database: soak.database }, 'pro');
  const chatbot = await createOnce(
    soak.cluster,
    () =>
      call(soak.cluster, 'POST', '/v1/chatbots', {
        key: tenant.key,
        body: { name: `Soak bot ${index}`, website_url: soak.siteUrl },
      }),
    async () => (await callWithFailover(soak.cluster, 'GET', '/v1/chatbots', { key: tenant.key })).body.data[0],
    201,
  );
  return { tenant, id: chatbot.id };
}

/** The state of each run once it settled (or the last seen, if it did not settle before the deadline). */
export async function settle<T extends { tenant: Tenant; id: string }>(
  soak: Soak,
  runs: T[],
  path: (run: T) => string,
  settled: (body: any) => boolean,
  deadline: number,
): Promise<Array<{ run: T; body: any; settled: boolean }>> {
  const results: Array<{ run: T; body: any; settled: boolean }> = [];
  for (const run of runs) {
    for (;;) {
      const { body } = await callWithFailover(soak.cluster, 'GET', path(run), { key: run.tenant.key });
      if (settled(body) || Date.now() > deadline) {
        results.push({ run, body, settled: settled(body) });
        break;
      }
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return results;
}
