import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { uploadCsv } from '../../../../test/helpers/imports.js';
import { importContactsHandler } from './import.handler.js';
import { WINDOW_BATCHES } from './windows.js';

// A large import merges windows of rows in address order, a batch at a time.
// Here a batch fails mid-window (a trigger refuses one address, as a crash
// would stop the run there): the next run must take the same window again,
// go on after the last address recorded and end exactly as an import that
// never stopped.

const BATCH = 3;
const WINDOW = BATCH * WINDOW_BATCHES;
const ROWS = 600;

/** Addresses out of address order, repeated addresses, invalid rows, a blank line (not a row). */
function csv(): string {
  const lines = ['email,first_name,tags'];
  for (let i = 0; i < ROWS; i++) {
    const n = (i * 7919) % 1000; // file order is not address order
    if (i % 41 === 3) lines.push(`not-an-address-${i},Nobody,`);
    else if (i % 13 === 5) lines.push(`person${(i * 7919 - 70) % 1000}@example.com,Again${i},"t${i % 3}"`);
    else lines.push(`person${n}@example.com,First${i},"t${i % 4},all"`);
    if (i === 333) lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

describe.each(DIALECTS)('an import stopped mid-window on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    // No worker: the test runs the import's job itself.
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000', GRIVO_IMPORT_BATCH_ROWS: String(BATCH) });
  });
  afterAll(() => t.close());

  const upload = async (tenant: Tenant): Promise<string> => {
    const res = await uploadCsv(t, tenant, csv());
    expect(res.statusCode, res.body).toBe(202);
    return res.json().id;
  };
  const importRow = (id: string) =>
    t.services.database.db.selectFrom('contact_imports').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const contactsOf = (tenant: Tenant) =>
    t.services.database.db
      .selectFrom('contacts')
      .select(['email', 'first_name', 'tags', 'status', 'created_by_import'])
      .where('workspace_id', '=', tenant.workspaceId)
      .orderBy('email_key')
      .execute();

  it('takes the window again and goes on after the last address it recorded', async () => {
    const stopped = await t.tenant('pro');
    const clean = await t.tenant('pro');
    const stoppedId = await upload(stopped);
    const cleanId = await upload(clean);
    const handler = importContactsHandler(t.services);
    const job = { jobId: 'job_test', attempt: 1 };
    const { db } = t.services.database;

    // An address of the second window, a few batches into it in address order.
    const secondWindow = csv()
      .split('\n')
      .slice(1 + WINDOW, 1 + 2 * WINDOW);
    const addresses = [...new Set(secondWindow.map((line) => line.split(',')[0]!).filter((a) => a.includes('@')))];
    const fault = addresses.sort()[5 * BATCH + 3]!;
    await installFault(t, dialect, stopped.workspaceId, fault);
    await expect(handler.handle({ importId: stoppedId }, job)).rejects.toThrow(/injected fault/);
    const atStop = await importRow(stoppedId);
    expect(atStop).toMatchObject({ status: 'processing', rows_processed: WINDOW, merge_until: 2 * WINDOW });
    expect(atStop.merge_key! < fault).toBe(true);
    const partial = await contactsOf(stopped);
    expect(partial.length).toBe(atStop.created); // each batch before the fault kept with its progress

    await removeFault(t, dialect);
    await handler.handle({ importId: stoppedId }, job);
    await handler.handle({ importId: cleanId }, job);

    // Everything but the import's identity and times must match.
    const counts = ({ id, workspace_id, created_at, updated_at, finished_at, errors, ...rest }: any) => ({
      ...rest,
      errors: JSON.parse(errors),
    });
    const resumed = counts(await importRow(stoppedId));
    const reference = counts(await importRow(cleanId));
    expect(resumed).toEqual(reference);
    expect(reference).toMatchObject({
      status: 'completed',
      rows_processed: ROWS,
      merge_until: null,
      merge_key: null,
    });
    expect(reference.failed).toBeGreaterThan(10);
    expect(reference.updated).toBeGreaterThan(10);
    // The event carries the import as the API shows it, without the merge's mark.
    const event = await db
      .selectFrom('events')
      .select('data')
      .where('workspace_id', '=', stopped.workspaceId)
      .where('type', '=', 'import.completed')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(event.data)).toMatchObject({ id: stoppedId, created: reference.created });
    expect(Object.keys(JSON.parse(event.data))).not.toContain('merge_key');
    const lines = reference.errors.map((e: { line: number }) => e.line);
    expect(lines).toEqual([...lines].sort((a, b) => a - b));

    const strip = (rows: Awaited<ReturnType<typeof contactsOf>>) => rows.map(({ created_by_import, ...rest }) => rest);
    const after = await contactsOf(stopped);
    expect(strip(after)).toEqual(strip(await contactsOf(clean)));
    expect(after.length).toBe(reference.created);
    const counter = await db
      .selectFrom('workspaces')
      .select('contacts_count')
      .where('id', '=', stopped.workspaceId)
      .executeTakeFirstOrThrow();
    expect(counter.contacts_count).toBe(after.length);
  });
});

/** A trigger that refuses to insert one address for one workspace. */
async function installFault(t: TestApp, dialect: string, workspaceId: string, email: string): Promise<void> {
  const { db } = t.services.database;
  const ws = sql.lit(workspaceId);
  const key = sql.lit(email);
  if (dialect === 'sqlite') {
    await sql`create trigger import_fault before insert on contacts
      when new.workspace_id = ${ws} and new.email_key = ${key}
      begin select raise(abort, 'injected fault'); end`.execute(db);
    return;
  }
  await sql`create function import_fault() returns trigger language plpgsql as $$
    begin
      if new.workspace_id = ${ws} and new.email_key = ${key} then raise exception 'injected fault'; end if;
      return new;
    end $$`.execute(db);
  await sql`create trigger import_fault before insert on contacts for each row execute function import_fault()`.execute(
    db,
  );
}

async function removeFault(t: TestApp, dialect: string): Promise<void> {
  const { db } = t.services.database;
  if (dialect === 'sqlite') await sql`drop trigger import_fault`.execute(db);
  else {
    await sql`drop trigger import_fault on contacts`.execute(db);
    await sql`drop function import_fault()`.execute(db);
  }
}
