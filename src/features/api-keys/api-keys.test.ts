import { createHash } from 'node:crypto';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { buildApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createServices } from '../../services.js';
import { createWorkspace, setWorkspacePlan } from '../workspaces/service.js';
import { authenticateKey } from './authenticate.js';
import { createApiKey, KEY_PREFIX, revokeApiKey } from './service.js';

const COLUMNS = ['created_at', 'id', 'key_hash', 'last_used_at', 'name', 'prefix', 'revoked_at', 'workspace_id'];

describe.each(DIALECTS)('API keys on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(dialect);
  });
  afterAll(() => t.close());

  const db = () => t.services.database.db;
  const keyRow = (id: string) => db().selectFrom('api_keys').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const listChatbots = (who: Pick<Tenant, 'auth'>) =>
    t.app.inject({ method: 'GET', url: '/v1/chatbots', headers: who.auth });

  it('makes keys of grv_live_ and at least 32 base62 characters, a new one each time', async () => {
    const workspace = await createWorkspace(db(), { name: 'Keys' });
    const a = await createApiKey(db(), { workspaceId: workspace.id });
    const b = await createApiKey(db(), { workspaceId: workspace.id, name: 'CI' });
    for (const { secret } of [a, b]) expect(secret).toMatch(/^grv_live_[0-9A-Za-z]{32,}$/);
    expect(a.secret).not.toBe(b.secret);
    expect(a.key).toMatchObject({
      workspace_id: workspace.id,
      name: 'Default key',
      last_used_at: null,
      revoked_at: null,
    });
    expect(b.key.name).toBe('CI');
    expect(a.key.id).toMatch(/^key_[0-9A-Za-z]{16}$/);
  });

  it('stores only the sha256 hash and a short prefix of the key', async () => {
    const { key, secret } = await createApiKey(db(), { workspaceId: (await t.tenant()).workspaceId });
    const row = await keyRow(key.id);
    expect(Object.keys(row).sort()).toEqual(COLUMNS);
    expect(row.key_hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(secret.startsWith(row.prefix)).toBe(true);
    expect(row.prefix.length).toBeLessThanOrEqual(KEY_PREFIX.length + 4);

    const hidden = secret.slice(row.prefix.length);
    for (const [column, value] of Object.entries(row)) {
      const text = String(value);
      expect(text, column).not.toContain(secret);
      // Not even 8 characters of the part the prefix does not show.
      for (let i = 0; i + 8 <= hidden.length; i++) expect(text, column).not.toContain(hidden.slice(i, i + 8));
    }
  });

  it('refuses to make a key for a workspace that does not exist', async () => {
    await expect(createApiKey(db(), { workspaceId: 'ws_0000000000000000' })).rejects.toMatchObject({
      code: 'not_found',
      status: 404,
    });
  });

  it('records last_used_at when the key is first used', async () => {
    const tenant = await t.tenant();
    const before = await keyRow(tenant.keyId);
    expect(before.last_used_at).toBeNull();

    expect((await listChatbots(tenant)).statusCode).toBe(200);
    const after = await keyRow(tenant.keyId);
    expect(after.last_used_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(Date.parse(after.last_used_at!)).toBeGreaterThanOrEqual(Date.parse(before.created_at));
  });

  it('resolves a key to its workspace and plan, and unknown keys to null', async () => {
    const tenant = await t.tenant('pro');
    expect(await authenticateKey(db(), tenant.key)).toEqual({
      workspaceId: tenant.workspaceId,
      keyId: tenant.keyId,
      plan: 'pro',
      userId: null,
      role: null,
    });
    expect(await authenticateKey(db(), `${tenant.key.slice(0, -1)}${tenant.key.endsWith('a') ? 'b' : 'a'}`)).toBeNull();
    expect(await authenticateKey(db(), tenant.key.slice(KEY_PREFIX.length))).toBeNull();
  });

  it('refuses a revoked key on the very next request', async () => {
    const tenant = await t.tenant();
    expect((await listChatbots(tenant)).statusCode).toBe(200);

    const revoked = await revokeApiKey(db(), { keyId: tenant.keyId, workspaceId: tenant.workspaceId });
    expect(revoked.revoked_at).not.toBeNull();

    const res = await listChatbots(tenant);
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toMatchObject({ code: 'invalid_api_key', status: 401 });
    expect(await authenticateKey(db(), tenant.key)).toBeNull();

    // Revoking again keeps the first revocation time.
    expect((await revokeApiKey(db(), { keyId: tenant.keyId })).revoked_at).toBe(revoked.revoked_at);
    expect((await keyRow(tenant.keyId)).revoked_at).toBe(revoked.revoked_at);
  });

  it('leaves the other keys of the workspace working', async () => {
    const tenant = await t.tenant();
    const spare = await createApiKey(db(), { workspaceId: tenant.workspaceId });
    await revokeApiKey(db(), { keyId: tenant.keyId, workspaceId: tenant.workspaceId });
    expect((await listChatbots({ auth: { authorization: `Bearer ${spare.secret}` } })).statusCode).toBe(200);
  });

  it("cannot revoke another workspace's key", async () => {
    const owner = await t.tenant();
    const other = await t.tenant();
    await expect(revokeApiKey(db(), { keyId: owner.keyId, workspaceId: other.workspaceId })).rejects.toMatchObject({
      code: 'not_found',
      status: 404,
    });
    expect((await keyRow(owner.keyId)).revoked_at).toBeNull();
    expect((await listChatbots(owner)).statusCode).toBe(200);
  });

  it("shows a key only its own workspace's chatbots", async () => {
    const a = await t.tenant();
    const b = await t.tenant();
    const created = await t.app.inject({
      method: 'POST',
      url: '/v1/chatbots',
      headers: a.auth,
      payload: { name: 'Private' },
    });
    expect(created.statusCode).toBe(201);
    const botId = created.json().id as string;

    expect((await listChatbots(a)).json()).toMatchObject({ total: 1, data: [{ id: botId }] });
    expect((await listChatbots(b)).json()).toMatchObject({ total: 0, data: [] });
    const peek = await t.app.inject({ method: 'GET', url: `/v1/chatbots/${botId}`, headers: b.auth });
    expect(peek.statusCode).toBe(404);
  });

  it('refuses the key of a deleted workspace', async () => {
    const a = await t.tenant();
    const gone = await t.tenant();
    await t.app.inject({ method: 'POST', url: '/v1/chatbots', headers: a.auth, payload: { name: 'Still here' } });
    expect((await listChatbots(gone)).statusCode).toBe(200);

    await db().deleteFrom('workspaces').where('id', '=', gone.workspaceId).execute();
    const res = await listChatbots(gone);
    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('invalid_api_key');
    expect((await listChatbots(a)).json().total).toBe(1);
  });

  describe('with a second server on the same database', () => {
    // Another process's server, as in scale-out or beside `grivo keys revoke`: its own
    // connection (SQLite) or pool (PostgreSQL), its own memory.
    let other: Awaited<ReturnType<typeof createServices>>;
    beforeAll(async () => {
      other = await createServices(loadConfig(t.database.env), { logger: pino({ level: 'silent' }) });
    });
    afterAll(() => other.close());

    it('refuses a key it revoked on the very next request here', async () => {
      const tenant = await t.tenant();
      const spare = await createApiKey(db(), { workspaceId: tenant.workspaceId });
      for (let i = 0; i < 3; i++) expect((await listChatbots(tenant)).statusCode).toBe(200);

      await revokeApiKey(other.database.db, { keyId: tenant.keyId });
      const res = await listChatbots(tenant);
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe('invalid_api_key');
      expect((await listChatbots({ auth: { authorization: `Bearer ${spare.secret}` } })).statusCode).toBe(200);
    });

    it('applies a plan it changed from the very next request here', async () => {
      const tenant = await t.tenant('free');
      const { config } = t.services;
      for (let i = 0; i < 2; i++)
        expect((await listChatbots(tenant)).headers['x-ratelimit-limit']).toBe(String(config.plans.free.requests));

      await setWorkspacePlan(other.database.db, tenant.workspaceId, 'pro');
      expect((await listChatbots(tenant)).headers['x-ratelimit-limit']).toBe(String(config.plans.pro.requests));
    });

    it('answers on its own app the same: a key revoked here is refused there at once', async () => {
      const app = await buildApp(other);
      try {
        const tenant = await t.tenant();
        const there = () => app.inject({ method: 'GET', url: '/v1/chatbots', headers: tenant.auth });
        for (let i = 0; i < 3; i++) expect((await there()).statusCode).toBe(200);
        await revokeApiKey(db(), { keyId: tenant.keyId });
        expect((await there()).statusCode).toBe(401);
      } finally {
        await app.close();
      }
    });
  });
});
