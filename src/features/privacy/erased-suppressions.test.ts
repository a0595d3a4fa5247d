import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { importCsv } from '../../../test/helpers/imports.js';
import { emailHash, erasedEmailKey, LEGACY_HASHED_KEY_PREFIX } from '../../lib/email-hash.js';
import { jobHandlers } from '../../worker.js';
import { isSuppressed } from '../suppressions/store.js';
import { hashKeyOf } from './store.js';

// An erased address is kept as HMAC(HMAC(server secret, workspace key), address): it still
// blocks mail, the owner lifts it by entering the address, and a database copy alone
// (without the secret) cannot test addresses against it.
const EMAIL = 'Ida.Marrow@Example.org';
const ANOTHER_SECRET = Buffer.from('another-server-secret-of-at-least-32-chars');

describe.each(DIALECTS)('erased suppressions on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;

  const req = (method: 'GET' | 'POST' | 'DELETE', url: string, payload?: object, who = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });
  const suppressed = (who: Tenant, email: string, secret: Uint8Array = t.services.signer.secret) =>
    isSuppressed(t.services.database.db, secret, who.workspaceId, email);
  const storedKey = (who: Tenant) => hashKeyOf(t.services.database.db, who.workspaceId, new Date().toISOString());

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    [tenant, other] = [await t.tenant(), await t.tenant()];
    for (const who of [tenant, other]) {
      const id = (await req('POST', '/v1/contacts', { email: EMAIL }, who)).json().id;
      expect((await req('POST', `/v1/contacts/${id}/erase`, undefined, who)).statusCode).toBe(200);
    }
  });
  afterAll(() => t?.close());

  it('keys the hash with the server secret: under another secret the address does not match', async () => {
    const rows = await t.services.database.db
      .selectFrom('suppressions')
      .select('email_key')
      .where('workspace_id', '=', tenant.workspaceId)
      .execute();
    expect(rows).toEqual([{ email_key: erasedEmailKey(t.services.signer.secret, await storedKey(tenant), EMAIL) }]);
    expect(rows[0]!.email_key).not.toContain(emailHash(await storedKey(tenant), EMAIL));
    expect(await suppressed(tenant, EMAIL)).toBe(true);
    expect(await suppressed(tenant, EMAIL, ANOTHER_SECRET)).toBe(false);
    const list = (await req('GET', '/v1/suppressions')).json();
    expect(list.data).toEqual([
      expect.objectContaining({ email: null, email_hash: rows[0]!.email_key.slice('hmac2:'.length), reason: 'erased' }),
    ]);
  });

  it("lifts an erased address's suppression when given the address, in its workspace only", async () => {
    expect((await req('DELETE', '/v1/suppressions/ida.marrow%40example.com')).statusCode).toBe(404);
    const lifted = await req('DELETE', `/v1/suppressions/${encodeURIComponent(' IDA.marrow@example.org')}`);
    expect(lifted.statusCode, lifted.body).toBe(204);
    expect(await suppressed(tenant, EMAIL)).toBe(false);
    expect(await suppressed(other, EMAIL)).toBe(true);
    expect((await req('GET', '/v1/suppressions')).json().total).toBe(0);
    expect((await req('GET', '/v1/suppressions', undefined, other)).json().total).toBe(1);
    expect((await req('DELETE', `/v1/suppressions/${EMAIL}`)).statusCode).toBe(404);
    // Back with fresh consent: she may be subscribed again.
    const back = await req('POST', '/v1/contacts', { email: EMAIL, status: 'subscribed' });
    expect(back.statusCode, back.body).toBe(201);
  });

  it('still honours addresses hashed before the server secret keyed them, and lifts them', async () => {
    const old = 'old.erased@example.org';
    await t.services.database.db
      .insertInto('suppressions')
      .values({
        workspace_id: other.workspaceId,
        email_key: LEGACY_HASHED_KEY_PREFIX + emailHash(await storedKey(other), old),
        email: '',
        reason: 'erased',
        source: 'erasure',
        created_at: new Date().toISOString(),
      })
      .execute();
    expect(await suppressed(other, old)).toBe(true);
    expect(await suppressed(tenant, old)).toBe(false);
    const mail = await req(
      'POST',
      '/v1/emails',
      { to: old, from_email: 'a@example.com', subject: 'Hi', text: 'Hi' },
      other,
    );
    expect(mail.json().status).toBe('suppressed');
    const done = await importCsv(t, other, `email\n${old}\n`);
    expect(done).toMatchObject({ created: 1, suppressed: 1 });
    const list = (await req('GET', '/v1/suppressions', undefined, other)).json();
    expect(list.data.map((s: any) => s.email_hash)).toContain(emailHash(await storedKey(other), old));

    expect((await req('DELETE', `/v1/suppressions/${old}`, undefined, tenant)).statusCode).toBe(404);
    expect((await req('DELETE', `/v1/suppressions/${old}`, undefined, other)).statusCode).toBe(204);
    expect(await suppressed(other, old)).toBe(false);
    expect(await suppressed(other, EMAIL)).toBe(true);
  });
});
