import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, type Tenant } from '../../../test/helpers/app.js';
import {
  addContacts,
  campaignAction,
  createCampaign,
  statsOf,
  waitForCampaign,
} from '../../../test/helpers/campaigns.js';
import { databaseText } from '../../../test/helpers/database-text.js';
import { DIALECTS } from '../../../test/helpers/engines.js';
import { importCsv } from '../../../test/helpers/imports.js';
import { rawHeader, readOutbox } from '../../../test/helpers/mail.js';
import { jobHandlers } from '../../worker.js';
import { isSuppressed, suppressedAmong } from '../suppressions/store.js';

const BASE = 'https://grivo.example';
const EMAIL = 'Zelda.Quist@Example.org';
// Strings only the erased person's data holds: none may remain anywhere in the database.
const POSTAL = '1 Quay Street, Springfield';
const TRACES = ['zelda.quist@example.org', 'quistorpson', 'xanthopolis', 'my-private-question'];

describe.each(DIALECTS)('data-subject requests on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let other: Tenant;
  let zelda: string;
  let campaignId: string;
  let statsBefore: any;
  let workspaceName: string;
  const unsubscribeLinks = new Map<string, string>();

  const req = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object, who: Tenant = tenant) =>
    t.app.inject({ method, url, headers: who.auth, ...(payload ? { payload } : {}) });

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_PUBLIC_URL: BASE });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    other = await t.tenant();
    const ids = await addContacts(t, tenant, [
      {
        email: EMAIL,
        first_name: 'Zelda',
        last_name: 'Quistorpson',
        attributes: { city: 'Xanthopolis' },
        tags: ['vip'],
      },
      { email: 'bob@example.com', first_name: 'Bob' },
    ]);
    zelda = ids[0]!;
    const settings = await req('PATCH', '/v1/settings', { postal_address: POSTAL });
    expect(settings.statusCode, settings.body).toBe(200);
    workspaceName = (
      await t.services.database.db
        .selectFrom('workspaces')
        .select('name')
        .where('id', '=', tenant.workspaceId)
        .executeTakeFirstOrThrow()
    ).name;
    campaignId = (await createCampaign(t, tenant)).id;
    await campaignAction(t, tenant, campaignId, 'send');
    await waitForCampaign(t, tenant, campaignId, ['sent']);
    const outbox = await readOutbox(t.database.dataDir);
    for (const m of outbox)
      unsubscribeLinks.set(
        (m.to as { text: string }).text.toLowerCase(),
        rawHeader(m, 'List-Unsubscribe')!.slice(1 + BASE.length, -1),
      );
    const message = outbox.find((m) => /zelda/i.test((m.to as { text: string }).text))!;
    const click = /href="([^"]+\/t\/click\/[^"]+)"/.exec(message.html as string)![1]!.slice(BASE.length);
    expect((await t.app.inject({ method: 'GET', url: click })).statusCode).toBe(302);
    const sent = await req('POST', '/v1/emails', {
      to: EMAIL,
      from_email: 'shop@example.com',
      subject: 'Your order, Zelda Quistorpson',
      text: 'Hello {{ email }}',
    });
    expect(sent.statusCode, sent.body).toBe(202);
    // A chatbot conversation where she left her address and asked something.
    const { db } = t.services.database;
    const now = new Date().toISOString();
    await db
      .insertInto('chatbots')
      .values({
        id: 'bot_privacy1',
        workspace_id: tenant.workspaceId,
        name: 'Help',
        status: 'ready',
        website_url: null,
        instructions: null,
        sitemap_url: null,
        welcome_message: null,
        error: null,
        display_name: null,
        next_retrain_at: null,
        trained_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();
    await db
      .insertInto('conversations')
      .values({
        id: 'conv_privacy1',
        workspace_id: tenant.workspaceId,
        chatbot_id: 'bot_privacy1',
        channel: 'widget',
        origin: null,
        contact_id: zelda,
        lead_name: 'Zelda Quistorpson',
        lead_email: EMAIL,
        lead_at: now,
        page_url: null,
        first_question: 'my-private-question',
        messages: 2,
        unanswered: 0,
        last_message_at: now,
        created_at: now,
      })
      .execute();
    await db
      .insertInto('conversation_messages')
      .values([
        {
          id: 'msg_p1',
          workspace_id: tenant.workspaceId,
          conversation_id: 'conv_privacy1',
          role: 'user',
          content: 'my-private-question',
          answered: null,
          sources: '[]',
          created_at: now,
          feedback: null,
          feedback_comment: null,
          feedback_at: null,
        },
        {
          id: 'msg_p2',
          workspace_id: tenant.workspaceId,
          conversation_id: 'conv_privacy1',
          role: 'assistant',
          content: 'An answer.',
          answered: 1,
          sources: '[]',
          created_at: now,
          feedback: null,
          feedback_comment: null,
          feedback_at: null,
        },
      ])
      .execute();
    // Her questions in the chatbot's analytics: one only she asked (its terms are her words), one others asked too.
    await db
      .insertInto('chatbot_question_stats')
      .values(
        [
          { terms: 'quistorpson order', asked: 1, question: 'Order for Quistorpson?' },
          { terms: 'opening hours', asked: 3, question: 'my-private-question' },
        ].map((q) => ({
          ...q,
          chatbot_id: 'bot_privacy1',
          day: now.slice(0, 10),
          workspace_id: tenant.workspaceId,
          unanswered: 0,
          conversation_id: 'conv_privacy1',
        })),
      )
      .execute();
    statsBefore = await statsOf(t, tenant, campaignId);
  }, 60_000);
  afterAll(() => t?.close());

  it('exports everything held about the person', async () => {
    const res = await req('GET', `/v1/contacts/${zelda}/export`);
    expect(res.statusCode, res.body).toBe(200);
    const data = res.json();
    expect(data.contact).toMatchObject({ id: zelda, email: EMAIL, last_name: 'Quistorpson', tags: ['vip'] });
    expect(data.contact.attributes).toEqual({ city: 'Xanthopolis' });
    expect(Array.isArray(data.consent_events)).toBe(true);
    expect(data.campaigns).toHaveLength(1);
    expect(data.campaigns[0]).toMatchObject({ campaign_id: campaignId, email: EMAIL, status: 'sent' });
    expect(data.campaigns[0].clicks).toEqual([{ url: 'https://acme.test/a', clicks: 1 }]);
    expect(data.campaigns[0].clicked_at).not.toBeNull();
    expect(data.emails).toEqual([expect.objectContaining({ to: EMAIL, subject: 'Your order, Zelda Quistorpson' })]);
    expect(data.conversations).toEqual([
      expect.objectContaining({
        id: 'conv_privacy1',
        lead_email: EMAIL,
        messages: [expect.objectContaining({ content: 'my-private-question' })],
      }),
    ]);
    expect(data.suppression).toBeNull();
  });

  it("answers 404 for another workspace's contact or an unknown id", async () => {
    for (const [method, path] of [
      ['GET', 'export'],
      ['POST', 'erase'],
    ] as const) {
      const theirs = await req(method, `/v1/contacts/${zelda}/${path}`, undefined, other);
      expect(theirs.statusCode).toBe(404);
      expect(theirs.json().error.code).toBe('not_found');
      expect((await req(method, `/v1/contacts/ct_nobody/${path}`)).statusCode).toBe(404);
    }
    expect((await req('GET', `/v1/contacts/${zelda}`)).statusCode).toBe(200);
  });

  it('erases the person everywhere, keeps campaign totals, and answers the same again', async () => {
    const res = await req('POST', `/v1/contacts/${zelda}/erase`);
    expect(res.statusCode, res.body).toBe(200);
    const erased = res.json();
    expect(erased).toMatchObject({
      id: zelda,
      erased: true,
      campaign_recipients: 1,
      conversations: 1,
      messages: 1,
      emails: 1,
    });
    expect(erased.events).toBeGreaterThan(0);

    const again = await req('POST', `/v1/contacts/${zelda}/erase`);
    expect([again.statusCode, again.json()]).toEqual([200, erased]);
    expect((await req('GET', `/v1/contacts/${zelda}`)).statusCode).toBe(404);
    expect((await req('GET', `/v1/contacts/${zelda}/export`)).statusCode).toBe(404);

    const left = [...(await databaseText(t.services.database))].flatMap(([table, text]) =>
      TRACES.filter((trace) => text.includes(trace)).map((trace) => `${table}: ${trace}`),
    );
    expect(left).toEqual([]);

    const stats = await statsOf(t, tenant, campaignId);
    expect(stats).toEqual(statsBefore);
    const questions = await t.services.database.db
      .selectFrom('chatbot_question_stats')
      .select(['terms', 'asked', 'question'])
      .where('workspace_id', '=', tenant.workspaceId)
      .execute();
    expect(questions).toEqual([{ terms: 'opening hours', asked: 3, question: '' }]);
    const bob = await req('GET', '/v1/contacts?per_page=10');
    expect(bob.json().data.map((c: any) => c.email)).toEqual(['bob@example.com']);

    const events = (await req('GET', '/v1/events?type=contact.deleted')).json();
    expect(events.data[0].data).toEqual({ id: zelda, object: 'contact', erased: true });
  });

  it('keeps the address only as a keyed hash that still suppresses it', async () => {
    const list = (await req('GET', '/v1/suppressions')).json();
    expect(list.data).toEqual([
      expect.objectContaining({ email: null, email_hash: expect.stringMatching(/^[0-9a-f]{64}$/), reason: 'erased' }),
    ]);
    expect((await req('GET', '/v1/suppressions?email=zelda')).json().data).toEqual([]);
    const { db } = t.services.database;
    const { secret } = t.services.signer;
    expect(await isSuppressed(db, secret, tenant.workspaceId, ' zelda.quist@EXAMPLE.org')).toBe(true);
    expect(await isSuppressed(db, secret, other.workspaceId, EMAIL)).toBe(false);
    expect([...(await suppressedAmong(db, secret, tenant.workspaceId, [EMAIL, 'bob@example.com']))]).toEqual([
      'zelda.quist@example.org',
    ]);

    // Neither a transactional email nor a re-import subscribes or mails her again.
    const mail = await req('POST', '/v1/emails', {
      to: EMAIL,
      from_email: 'shop@example.com',
      subject: 'Hi',
      text: 'Hi',
    });
    expect(mail.json().status).toBe('suppressed');
    const done = await importCsv(t, tenant, `email,first_name\n${EMAIL},Zelda\n`);
    expect(done).toMatchObject({ status: 'completed', created: 1, suppressed: 1 });
    const back = (await req('GET', '/v1/contacts?per_page=10')).json().data;
    expect(back.filter((c: any) => c.email === EMAIL).map((c: any) => c.status)).toEqual(['unsubscribed']);
  });

  it('ends campaigns with the sender and shows them on the preference page', async () => {
    const bob = (await readOutbox(t.database.dataDir)).find((m) => /bob@/.test((m.to as { text: string }).text))!;
    expect(bob.html).toContain(`${workspaceName}<br>${POSTAL}</p>`);
    expect(bob.text).toContain(`${workspaceName}\n${POSTAL}`);

    const link = unsubscribeLinks.get('bob@example.com')!;
    const confirm = await t.app.inject({ method: 'GET', url: link });
    expect(confirm.body).toContain(`Stop receiving emails from ${workspaceName}`);
    expect(confirm.body).toContain(POSTAL);
    expect(confirm.body).toContain('<form method="post">');
    const done = await t.app.inject({ method: 'POST', url: link });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain(
      `You are unsubscribed from <strong>${workspaceName}</strong> at <strong>bob@example.com</strong>`,
    );
    expect(done.body).toContain(POSTAL);

    // The erased person's old link still answers, naming nobody.
    const theirs = await t.app.inject({ method: 'GET', url: unsubscribeLinks.get('zelda.quist@example.org')! });
    expect(theirs.statusCode).toBe(200);
    expect(theirs.body.toLowerCase()).not.toContain('zelda');
    expect(theirs.body).toContain('You are unsubscribed');
  });
});
