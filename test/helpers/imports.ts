import { setTimeout as sleep } from 'node:timers/promises';
import type { TestApp, Tenant } from './app.js';

/** Waits until an import has finished (completed or failed) and returns it. */
export async function waitForImport(t: TestApp, tenant: Tenant, id: string, timeoutMs = 20_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const res = await t.app.inject({ method: 'GET', url: `/v1/contacts/imports/${id}`, headers: tenant.auth });
    const body = res.json();
    if (res.statusCode !== 200) throw new Error(`import ${id}: ${res.body}`);
    if (body.status === 'completed' || body.status === 'failed') return body;
    if (Date.now() > deadline) throw new Error(`import ${id} did not finish: ${res.body}`);
    await sleep(25);
  }
}

/** Uploads a CSV as a raw text/csv body; returns the 202 response. */
export function uploadCsv(
  t: TestApp,
  tenant: Tenant,
  csv: string | Buffer,
  query = '',
  headers: Record<string, string> = {},
) {
  return t.app.inject({
    method: 'POST',
    url: `/v1/contacts/import${query ? `?${query}` : ''}`,
    headers: { ...tenant.auth, 'content-type': 'text/csv', ...headers },
    payload: csv,
  });
}

/** Uploads and waits for the import to finish. */
export async function importCsv(t: TestApp, tenant: Tenant, csv: string | Buffer, query = ''): Promise<any> {
  const res = await uploadCsv(t, tenant, csv, query);
  if (res.statusCode !== 202) throw new Error(`upload refused: ${res.statusCode} ${res.body}`);
  return waitForImport(t, tenant, res.json().id);
}

/** Every contact of a tenant, oldest first, without ids and times: what an import should produce. */
export async function contactsOf(t: TestApp, tenant: Tenant): Promise<any[]> {
  const all: any[] = [];
  for (let cursor = ''; ; ) {
    const page = (
      await t.app.inject({ method: 'GET', url: `/v1/contacts?per_page=100${cursor}`, headers: tenant.auth })
    ).json();
    all.push(...page.data);
    if (!page.has_more) break;
    cursor = `&starting_after=${page.data.at(-1).id}`;
  }
  return all.reverse().map(({ id, created_at, updated_at, ...rest }) => rest);
}

/** A FormData encoded as a multipart/form-data body, for inject(). */
export async function multipartBody(form: FormData): Promise<{ contentType: string; payload: Buffer }> {
  const request = new Request('http://localhost/', { method: 'POST', body: form });
  return { contentType: request.headers.get('content-type')!, payload: Buffer.from(await request.arrayBuffer()) };
}

const OUTCOME = [
  'status',
  'rows_total',
  'rows_processed',
  'created',
  'updated',
  'skipped',
  'failed',
  'errors',
] as const;

/** An import's outcome without its ids and times: what two runs of the same file must agree on. */
export function importOutcome(i: Record<(typeof OUTCOME)[number], unknown>): Record<string, unknown> {
  return Object.fromEntries(OUTCOME.map((key) => [key, i[key]]));
}
