import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { randomBase62 } from '../src/lib/ids.js';
import { createTenant, deleteRedisPrefix, type Tenant } from './helpers/app.js';
import { createTestDatabase, ENGINES_AND_QUEUES, TEST_REDIS_URL, type TestDatabase } from './helpers/engines.js';
import { startGrivo, type GrivoProcess } from './helpers/processes.js';
import { importOutcome } from './helpers/imports.js';

// A server importing a file is killed with SIGKILL mid-import and started
// again: the import must finish with exactly the contacts, counts and errors
// of an import that was never interrupted.

const ROWS = 12_000;

/** Rows with repeated emails, invalid emails, extra fields and blank lines. */
function messyCsv(): string {
  const lines = ['email,first_name,last_name,tags,plan'];
  for (let i = 0; i < ROWS; i++) {
    if (i % 37 === 5) lines.push(`broken-${i},No,Email,,`);
    else if (i % 53 === 7) lines.push(`extra${i}@example.com,Too,Many,,gold,surplus`);
    else if (i % 10 === 9) lines.push(`person${i - 5}@example.com,Again${i},,"t${i % 3}",silver`);
    else lines.push(`person${i}@example.com,First${i},Last${i},"t${i % 4},all",${i % 2 ? 'gold' : ''}`);
    if (i % 500 === 250) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

describe.each(ENGINES_AND_QUEUES)('an import killed mid-way on $name', ({ dialect, redis, env: queue }) => {
  let database: TestDatabase | undefined;
  let server: GrivoProcess | undefined;
  const prefix = `test-${randomBase62(10)}`;
  afterEach(async () => {
    server?.child.kill('SIGKILL');
    if (redis) await deleteRedisPrefix(TEST_REDIS_URL!, prefix);
    await database?.drop();
  });

  it('resumes after a restart and ends exactly as an uninterrupted import', { timeout: 120_000 }, async () => {
    database = await createTestDatabase(dialect);
    const env = {
      ...database.env,
      ...queue,
      GRIVO_REDIS_PREFIX: prefix,
      GRIVO_RATE_LIMIT_PRO: '1000000',
      // Small batches until the kill, so it lands mid-import.
      GRIVO_IMPORT_BATCH_ROWS: '2',
      GRIVO_JOB_LEASE_SECONDS: '1',
    };
    const crashed = await createTenant({ database }, 'pro');
    const clean = await createTenant({ database }, 'pro');
    const csv = messyCsv();

    server = await startGrivo(env);
    const api = (tenant: Tenant, path: string, init: RequestInit = {}) =>
      fetch(`${server!.url}${path}`, { ...init, headers: { ...tenant.auth, ...(init.headers as object) } });
    const upload = async (tenant: Tenant) => {
      const res = await api(tenant, '/v1/contacts/import', {
        method: 'POST',
        body: csv,
        headers: { 'content-type': 'text/csv' },
      });
      expect(res.status).toBe(202);
      return ((await res.json()) as { id: string }).id;
    };
    const read = async (tenant: Tenant, id: string): Promise<any> =>
      (await api(tenant, `/v1/contacts/imports/${id}`)).json();
    const finished = async (tenant: Tenant, id: string): Promise<any> => {
      for (const deadline = Date.now() + 60_000; Date.now() < deadline; await sleep(50)) {
        const imp = await read(tenant, id);
        if (imp.status === 'completed' || imp.status === 'failed') return imp;
      }
      throw new Error(`import ${id} did not finish`);
    };

    const id = await upload(crashed);
    const progress = () =>
      database!.db
        .selectFrom('contact_imports')
        .select('rows_processed')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
    while ((await progress()).rows_processed < 50) await sleep(1);
    server.child.kill('SIGKILL');
    await new Promise((resolve) => server!.child.once('exit', resolve));
    const atKill = await database.db
      .selectFrom('contact_imports')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    expect(atKill.status).toBe('processing');
    expect(atKill.rows_processed).toBeLessThan(atKill.rows_total);

    // Resumed in batches of another size: the outcome must not depend on it.
    server = await startGrivo({ ...env, GRIVO_IMPORT_BATCH_ROWS: '500' });
    const resumed = await finished(crashed, id);
    const reference = await finished(clean, await upload(clean));

    expect(importOutcome(resumed)).toEqual(importOutcome(reference));
    expect(reference).toMatchObject({ status: 'completed', rows_total: ROWS, rows_processed: ROWS });
    expect(reference.failed).toBeGreaterThan(100);

    const contactsOf = async (tenant: Tenant) =>
      await database!.db
        .selectFrom('contacts')
        .select(['email', 'first_name', 'last_name', 'phone', 'tags', 'attributes', 'status', 'source'])
        .where('workspace_id', '=', tenant.workspaceId)
        .orderBy('email_key')
        .execute();
    const after = await contactsOf(crashed);
    expect(after).toEqual(await contactsOf(clean));
    expect(after.length).toBe(reference.created);
    const counters = await database.db.selectFrom('workspaces').select(['id', 'contacts_count']).execute();
    expect(counters.find((w) => w.id === crashed.workspaceId)?.contacts_count).toBe(after.length);
  });
});
