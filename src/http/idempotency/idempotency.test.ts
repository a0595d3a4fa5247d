import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';

describe.each(DIALECTS)('Idempotency-Key on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_PRO: '100000', GRIVO_PLAN_PRO_CHATBOTS: '1000' });
    tenant = await t.tenant('pro');
  });
  afterAll(() => t.close());

  const post = (key: string, payload: object, who: Tenant = tenant) =>
    t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: { ...who.auth, 'idempotency-key': key }, payload });
  const count = async (who: Tenant = tenant) =>
    (await t.app.inject({ method: 'GET', url: '/v1/chatbots', headers: who.auth })).json().total as number;

  it('replays the first response to a retry, creating nothing twice', async () => {
    const before = await count();
    const first = await post('create-1', { name: 'Once' });
    const retry = await post('create-1', { name: 'Once' });
    expect(first.statusCode).toBe(201);
    expect(retry.statusCode).toBe(201);
    expect(retry.body).toBe(first.body);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    expect(await count()).toBe(before + 1);
  });

  it('refuses the same key with a different body (422)', async () => {
    await post('create-2', { name: 'A' });
    const res = await post('create-2', { name: 'B' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.code).toBe('idempotency_key_reused');
  });

  it('runs concurrent duplicates once: the others see 409 or the replay', async () => {
    const before = await count();
    const responses = await Promise.all(Array.from({ length: 10 }, () => post('create-3', { name: 'Racy' })));
    const statuses = responses.map((r) => r.statusCode);
    expect(statuses.every((s) => s === 201 || s === 409)).toBe(true);
    for (const r of responses.filter((r) => r.statusCode === 409))
      expect(r.json().error.code).toBe('idempotency_key_in_use');
    expect(new Set(responses.filter((r) => r.statusCode === 201).map((r) => r.json().id)).size).toBe(1);
    expect(await count()).toBe(before + 1);
  });

  it('scopes keys per workspace', async () => {
    const other = await t.tenant('pro');
    const mine = await post('shared-key', { name: 'Mine' });
    const theirs = await post('shared-key', { name: 'Mine' }, other);
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
  });

  it('replays client errors too, and forgets a key after 24 hours', async () => {
    const limited = await t.tenant('free');
    const { db } = t.services.database;
    for (let i = 0; i < 3; i++) await post(`fill-${i}`, { name: `Bot ${i}` }, limited);
    const refused = await post('over-limit', { name: 'One too many' }, limited);
    expect(refused.statusCode).toBe(403);
    expect((await post('over-limit', { name: 'One too many' }, limited)).headers['idempotent-replayed']).toBe('true');

    await db
      .updateTable('idempotency_keys')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('workspace_id', '=', limited.workspaceId)
      .where('key', '=', 'fill-0')
      .execute();
    const again = await post('fill-0', { name: 'Different body is fine after expiry' }, limited);
    expect(again.statusCode).toBe(403); // ran anew (plan limit), not a 422 or a replay
    expect(again.headers['idempotent-replayed']).toBeUndefined();
  });

  it('lets a retry run again when the first attempt died mid-request', async () => {
    const { db } = t.services.database;
    const stale = new Date(Date.now() - 10 * 60 * 1000).toISOString();
    await db
      .insertInto('idempotency_keys')
      .values({
        workspace_id: tenant.workspaceId,
        key: 'crashed',
        request_hash: 'whatever',
        status: 'running',
        response_status: null,
        response_type: null,
        response_body: null,
        created_at: stale,
        expires_at: new Date(Date.now() + 3600_000).toISOString(),
      })
      .execute();
    const res = await post('crashed', { name: 'After crash' });
    expect(res.statusCode).toBe(201);
  });

  it('rejects an over-long key', async () => {
    const res = await post('k'.repeat(256), { name: 'x' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.param).toBe('Idempotency-Key');
  });
});
