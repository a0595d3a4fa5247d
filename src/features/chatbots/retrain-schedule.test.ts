import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { createChatbot, waitForTraining } from '../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../test/helpers/engines.js';
import { BIKE_SHOP } from '../../../test/fixtures/bike-shop.js';
import { startSite, type TestSite } from '../../../test/helpers/site.js';
import { startDueRetrains } from './retrain-schedule.js';

const DAY = 86_400_000;

describe.each(ENGINES_AND_QUEUES)('scheduled re-crawls ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  const get = async (id: string) =>
    (await t.app.inject({ method: 'GET', url: `/v1/chatbots/${id}`, headers: tenant.auth })).json();
  const patch = async (id: string, payload: object) =>
    t.app.inject({ method: 'PATCH', url: `/v1/chatbots/${id}`, headers: tenant.auth, payload });

  beforeAll(async () => {
    site = await startSite(BIKE_SHOP);
    t = await createTestApp(dialect, { ...env, GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('crawls a chatbot again when its schedule comes due, with conditional requests, once per due time', async () => {
    const created = await createChatbot(t, tenant, { website_url: site.url, retrain_schedule: 'daily' });
    const bot = await waitForTraining(t, tenant, created.id);
    expect(bot.retrain_schedule).toBe('daily');
    const due = Date.parse(bot.next_retrain_at);
    expect(due - Date.parse(bot.created_at)).toBeGreaterThan(DAY - 60_000);
    expect(due - Date.parse(bot.created_at)).toBeLessThan(DAY + 60_000);

    expect(await startDueRetrains(t.services, due - 1000)).toBe(0);
    site.requests.length = 0;
    // Two workers sweeping at the same moment start one crawl.
    const started = await Promise.all([
      startDueRetrains(t.services, due + 1000),
      startDueRetrains(t.services, due + 1000),
    ]);
    expect(started[0]! + started[1]!).toBe(1);
    const retrained = await waitForTraining(t, tenant, bot.id);
    expect(retrained.status).toBe('active');
    expect(site.requests.some((r) => r.status === 304)).toBe(true);
    expect(site.requests.filter((r) => r.status === 200).length).toBeLessThan(site.requests.length);
    expect(Date.parse(retrained.next_retrain_at)).toBe(due + 1000 + DAY);
    expect(await startDueRetrains(t.services, due + 2000)).toBe(0);
    await patch(bot.id, { retrain_schedule: 'off' });
  });

  it('moves the due time on when the schedule changes, and never crawls when off or while training', async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    expect(bot).toMatchObject({ retrain_schedule: 'off', next_retrain_at: null });

    const weekly = (await patch(bot.id, { retrain_schedule: 'weekly' })).json();
    const due = Date.parse(weekly.next_retrain_at);
    expect(due - Date.now()).toBeGreaterThan(7 * DAY - 60_000);
    // Saving other settings leaves the due time where it is.
    expect((await patch(bot.id, { retrain_schedule: 'weekly', name: 'Renamed' })).json().next_retrain_at).toBe(
      weekly.next_retrain_at,
    );

    // A crawl already under way: the due time passes without a second one.
    await t.services.database.db.updateTable('chatbots').set({ status: 'training' }).where('id', '=', bot.id).execute();
    expect(await startDueRetrains(t.services, due + 1000)).toBe(0);
    expect((await get(bot.id)).next_retrain_at).not.toBe(weekly.next_retrain_at);
    await t.services.database.db.updateTable('chatbots').set({ status: 'active' }).where('id', '=', bot.id).execute();

    const off = (await patch(bot.id, { retrain_schedule: 'off' })).json();
    expect(off.next_retrain_at).toBeNull();
    expect(await startDueRetrains(t.services, Date.now() + 30 * DAY)).toBe(0);

    const bad = await patch(bot.id, { retrain_schedule: 'hourly' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toMatch(/retrain_schedule must be 'off', 'daily' or 'weekly'/);
  });
});
