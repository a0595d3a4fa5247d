import { setTimeout as sleep } from 'node:timers/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { createCampaign } from '../../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { beginSendRun, findCampaign } from '../store.js';
import { recountCampaign, SendTally } from './counters.js';

// The send job's counters: flushed from memory while a run sends, recounted
// from the recipients when a run starts and finishes.

describe.each(DIALECTS)('send counters on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A campaign in its first send run, with no recipients. */
  async function sending() {
    const tenant = await t.tenant();
    const { id } = await createCampaign(t, tenant);
    const { db } = t.services.database;
    await db.updateTable('campaigns').set({ status: 'sending' }).where('id', '=', id).execute();
    const run = (await beginSendRun(db, id))!;
    const row = (await findCampaign(db, undefined, id))!;
    return { campaign: { id, workspace_id: row.workspace_id }, run };
  }

  const counters = async (id: string) => {
    const row = (await findCampaign(t.services.database.db, undefined, id))!;
    return { sent: row.sent, failed: row.failed };
  };

  it('keeps the counts of a flush that failed for the next one', async () => {
    const { campaign, run } = await sending();
    const tally = new SendTally();
    tally.add('sent', new Date().toISOString(), 3);
    tally.add('failed', new Date().toISOString());
    // A timeline row without a workspace breaks the transaction after the counters were added.
    const broken = { ...campaign, workspace_id: null as unknown as string };
    await expect(tally.flush(t.services.database, broken, run)).rejects.toThrow();
    expect(await counters(campaign.id)).toEqual({ sent: 0, failed: 0 });
    tally.add('sent', new Date().toISOString());
    await tally.flush(t.services.database, campaign, run);
    expect(await counters(campaign.id)).toEqual({ sent: 4, failed: 1 });
  });

  it('adds nothing for a run that was superseded', async () => {
    const { campaign, run } = await sending();
    await beginSendRun(t.services.database.db, campaign.id);
    const tally = new SendTally();
    tally.add('sent', new Date().toISOString(), 2);
    await tally.flush(t.services.database, campaign, run);
    expect(await counters(campaign.id)).toEqual({ sent: 0, failed: 0 });
  });

  it('recounts only for the current run, so a superseded run cannot reset what the current one flushed', async () => {
    const { campaign, run } = await sending();
    const newer = (await beginSendRun(t.services.database.db, campaign.id))!;
    const tally = new SendTally();
    tally.add('sent', new Date().toISOString(), 7);
    await tally.flush(t.services.database, campaign, newer);
    await recountCampaign(t.services.database, campaign, run);
    expect(await counters(campaign.id)).toEqual({ sent: 7, failed: 0 });
    // The current run's recount counts the recipients: this campaign has none.
    await recountCampaign(t.services.database, campaign, newer);
    expect(await counters(campaign.id)).toEqual({ sent: 0, failed: 0 });
  });
});

// With PostgreSQL, the run's poll may flush on one connection while the run
// flushes and recounts on another. (SQLite's one connection takes them in turn.)
describe.each(DIALECTS.filter((d) => d === 'postgres'))('send counters on %s, across connections', (dialect) => {
  it('resolves a flush only once an earlier flush in flight has landed, so the final recount cannot be overtaken', async () => {
    const t = await createTestApp(dialect);
    const locker = new pg.Client({ connectionString: t.database.databaseUrl });
    await locker.connect();
    try {
      const { id } = await createCampaign(t, await t.tenant());
      const { db } = t.services.database;
      await db.updateTable('campaigns').set({ status: 'sending' }).where('id', '=', id).execute();
      const run = (await beginSendRun(db, id))!;
      const campaign = { id, workspace_id: (await findCampaign(db, undefined, id))!.workspace_id };
      // Another transaction holds the campaign row, so the first flush waits on it.
      await locker.query('begin');
      await locker.query('update campaigns set name = name where id = $1', [id]);
      const tally = new SendTally();
      tally.add('sent', new Date().toISOString(), 5);
      const inFlight = tally.flush(t.services.database, campaign, run);
      const last = tally.flush(t.services.database, campaign, run);
      expect(await Promise.race([last.then(() => 'landed'), sleep(300).then(() => 'waiting')])).toBe('waiting');
      await locker.query('commit');
      await Promise.all([inFlight, last]);
      expect((await findCampaign(db, undefined, id))!.sent).toBe(5);
    } finally {
      await locker.end();
      await t.close();
    }
  });
});
