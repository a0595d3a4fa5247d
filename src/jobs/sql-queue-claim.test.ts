import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DIALECTS, type TestDatabase } from '../../test/helpers/engines.js';
import { newId } from '../lib/ids.js';
import { isoIn, nowIso } from '../lib/time.js';
import { claimNextJob, finishClaimedJob, type Claim, type ClaimRequest } from './sql-queue-claim.js';
import { enqueueKeyed } from './sql-queue-keyed.js';

// The SQL queue's statements one at a time, in an order chosen by the test
// and on a clock it sets, where a running queue would leave the order to chance.

describe.each(DIALECTS)('SQL queue statements on %s', (dialect) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase(dialect);
  });
  afterAll(() => database?.drop());

  const job = (name: string, n: number, key: string) => {
    const now = nowIso();
    return {
      id: newId('job'),
      name,
      payload: JSON.stringify({ n }),
      status: 'queued' as const,
      dedupe_key: key,
      attempts: 0,
      max_attempts: 5,
      run_at: now,
      created_at: now,
      updated_at: now,
    };
  };
  /** Claims the next `name` job as `claimedBy`, `inMs` from now (a lease of 1 s). */
  const claim = async (name: string, claimedBy: string, inMs = 0): Promise<Claim> => {
    const request: ClaimRequest = { claimedBy, names: [name], now: isoIn(inMs), lockedUntil: isoIn(inMs + 1000) };
    const row = await claimNextJob(database, request);
    if (!row) throw new Error(`${claimedBy} found no ${name} job to claim`);
    return { id: row.id, claimedBy };
  };
  /** The job's row, its payloads parsed (PostgreSQL spaces its JSON as it likes). */
  const row = async (id: string) => {
    const found = await database.db
      .selectFrom('jobs')
      .select(['status', 'attempts', 'payload', 'dedupe_key', 'locked_by', 'next_payload'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const parse = (text: string | null) => (text === null ? null : JSON.parse(text));
    return { ...found, payload: parse(found.payload), next_payload: parse(found.next_payload) };
  };

  it('turns a finishing job asked for again into its follow-up, in the finishing statement', async () => {
    const id = await enqueueKeyed(database, job('stmt.follow', 1, 'follow:1'), 'follow:1');
    const first = await claim('stmt.follow', 'first');
    expect(await enqueueKeyed(database, job('stmt.follow', 2, 'follow:1'), 'follow:1')).toBe(id);
    expect(await row(id)).toMatchObject({ status: 'running', payload: { n: 1 }, next_payload: { n: 2 } });
    expect(await finishClaimedJob(database, first, { status: 'done' })).toBe(false);
    expect(await row(id)).toEqual({
      status: 'queued',
      attempts: 0,
      payload: { n: 2 },
      dedupe_key: 'follow:1',
      locked_by: null,
      next_payload: null,
    });
    // Finished with nothing asked for, it lets go of the key.
    const second = await claim('stmt.follow', 'second');
    expect(await finishClaimedJob(database, second, { status: 'done' })).toBe(false);
    expect(await row(id)).toMatchObject({ status: 'done', attempts: 1 });
    expect(await enqueueKeyed(database, job('stmt.follow', 3, 'follow:1'), 'follow:1')).not.toBe(id);
  });

  it('lets a claim whose lease ran out end neither the job nor the follow-up that reuses its row', async () => {
    const id = await enqueueKeyed(database, job('stmt.lapse', 1, 'lapse:1'), 'lapse:1');
    const stalled = await claim('stmt.lapse', 'stalled');
    // Its lease ran out while it still ran: another worker took the job over.
    const takeover = await claim('stmt.lapse', 'takeover', 2000);
    await enqueueKeyed(database, job('stmt.lapse', 2, 'lapse:1'), 'lapse:1');
    expect(await finishClaimedJob(database, takeover, { status: 'done' })).toBe(false);
    // The follow-up starts at attempt 1, as the stalled claim did.
    const follow = await claim('stmt.lapse', 'follow');
    expect(await row(id)).toMatchObject({ status: 'running', attempts: 1, locked_by: 'follow' });
    expect(await finishClaimedJob(database, stalled, { status: 'done' })).toBe(true);
    expect(await row(id)).toMatchObject({ status: 'running', locked_by: 'follow' });
    expect(await finishClaimedJob(database, follow, { status: 'done' })).toBe(false);
    expect(await row(id)).toMatchObject({ status: 'done' });
  });
});
