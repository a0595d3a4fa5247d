import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { importOutcome, uploadCsv } from '../../../../test/helpers/imports.js';
import { importContactsHandler } from './import.handler.js';

// A window also ends at its byte budget (GRIVO_IMPORT_WINDOW_BYTES). An import
// whose budget holds a few rows (a file large enough for the parsing thread,
// duplicates far apart, invalid rows, wide and non-ASCII rows) must store
// exactly what one with the default budget stores: only the order its contacts
// are created in shows its many small windows.

const ROWS = 3000;

function csv(): string {
  const lines = ['email,first_name,tags,notes'];
  for (let i = 0; i < ROWS; i++) {
    const n = (i * 7919) % ROWS; // file order is not address order
    const notes = (i % 5 ? 'é' : 'n').repeat(20 + (i % 7) * 30);
    if (i % 37 === 3) lines.push(`not-an-address-${i},Nobody,,${notes}`);
    else if (i % 11 === 5) lines.push(`person${(n + 1500) % ROWS}@example.com,Again${i},"t${i % 3}",${notes}`);
    else lines.push(`person${n}@example.com,First${i},"t${i % 4},all",${notes}`);
  }
  return `${lines.join('\n')}\n`;
}

describe.each(DIALECTS)('an import with a window budget of a few rows on %s', (dialect) => {
  const apps: TestApp[] = [];
  beforeAll(async () => {
    for (const budget of ['4096', undefined]) {
      const env: Record<string, string> = { GRIVO_RATE_LIMIT_PRO: '100000' };
      if (budget) env.GRIVO_IMPORT_WINDOW_BYTES = budget;
      // No worker: the test runs the import's job itself.
      apps.push(await createTestApp(dialect, env));
    }
  });
  afterAll(() => Promise.all(apps.map((t) => t.close())));

  async function run(t: TestApp) {
    const tenant = await t.tenant('pro');
    const res = await uploadCsv(t, tenant, csv());
    expect(res.statusCode, res.body).toBe(202);
    const id: string = res.json().id;
    await importContactsHandler(t.services).handle({ importId: id }, { jobId: 'job_test', attempt: 1 });
    const { db } = t.services.database;
    const done = await db.selectFrom('contact_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    const contacts = await db
      .selectFrom('contacts')
      .select(['email_key', 'first_name', 'tags', 'attributes', 'status'])
      .where('workspace_id', '=', tenant.workspaceId)
      .orderBy('id')
      .execute();
    return { done, contacts };
  }

  it('stores the same contacts, counts and row errors as the default budget', async () => {
    expect(Buffer.byteLength(csv())).toBeGreaterThan(256 * 1024); // read on the parsing thread
    const small = await run(apps[0]!);
    const usual = await run(apps[1]!);
    expect(importOutcome(small.done)).toMatchObject({ status: 'completed', rows_processed: ROWS, failed: 81 });
    expect(small.done.updated).toBeGreaterThan(0); // duplicates merged
    expect(importOutcome(small.done)).toEqual(importOutcome(usual.done));
    const byAddress = (rows: typeof small.contacts) => [...rows].sort((a, b) => (a.email_key < b.email_key ? -1 : 1));
    expect(byAddress(small.contacts)).toEqual(byAddress(usual.contacts));
    expect(small.contacts).toHaveLength(small.done.created);
    // One window sorts every address; many small windows each sort their own.
    const keys = (rows: typeof small.contacts) => rows.map((r) => r.email_key);
    expect(keys(usual.contacts)).toEqual(keys(byAddress(usual.contacts)));
    expect(keys(small.contacts)).not.toEqual(keys(byAddress(small.contacts)));
  });
});
