import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import {
  addContacts,
  campaignAction,
  createCampaign,
  statsOf,
  waitForCampaign,
} from '../../../../test/helpers/campaigns.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { rawHeader, readOutbox } from '../../../../test/helpers/mail.js';
import { TokenSigner } from '../../../lib/tracking-tokens.js';
import { isMachineOpen, PREFETCH_WINDOW_MS } from './machine-opens.js';
import { recordOpen } from './service.js';

const BASE = 'https://grivo.example';
const HOUR_AGO = new Date(Date.now() - 3_600_000).toISOString();
const CHROME =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/** The tracking paths in one recipient's message. */
interface Links {
  open: string;
  clicks: string[];
  unsubscribe: string;
}

describe.each(DIALECTS)('tracking on %s', (dialect) => {
  let t: TestApp;
  let tenant: Tenant;
  let campaignId: string;
  const links = new Map<string, Links>();
  const contacts = new Map<string, string>();

  beforeAll(async () => {
    t = await createTestApp(dialect, { GRIVO_RATE_LIMIT_FREE: '100000', GRIVO_PUBLIC_URL: BASE });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant();
    const emails = ['ada@example.com', 'bob@example.com', 'cy@example.com', 'dee@example.com'];
    const ids = await addContacts(
      t,
      tenant,
      emails.map((email) => ({ email })),
    );
    emails.forEach((email, i) => contacts.set(email, ids[i]!));
    const campaign = await createCampaign(t, tenant);
    campaignId = campaign.id;
    await campaignAction(t, tenant, campaignId, 'send');
    await waitForCampaign(t, tenant, campaignId, ['sent']);
    for (const message of await readOutbox(t.database.dataDir)) {
      const html = message.html as string;
      const paths = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]!.slice(BASE.length));
      links.set((message.to as { text: string }).text, {
        open: paths(/<img src="([^"]+\/t\/open\/[^"]+)"/g)[0]!,
        clicks: paths(/href="([^"]+\/t\/click\/[^"]+)"/g),
        unsubscribe: rawHeader(message, 'List-Unsubscribe')!.slice(1 + BASE.length, -1),
      });
    }
    // Sent an hour ago: opens made now are well past the prefetch window at delivery.
    await t.database.db
      .updateTable('campaign_recipients')
      .set({ sent_at: HOUR_AGO })
      .where('campaign_id', '=', campaignId)
      .execute();
  });
  afterAll(() => t.close());

  const get = (url: string) => t.app.inject({ method: 'GET', url });
  const contactStatus = async (email: string) =>
    (await t.app.inject({ method: 'GET', url: `/v1/contacts/${contacts.get(email)}`, headers: tenant.auth })).json()
      .status;

  it('counts opens, and unique opens once per recipient', async () => {
    const ada = links.get('ada@example.com')!;
    const first = await get(ada.open);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('image/gif');
    expect(first.headers['cache-control']).toContain('no-store');
    await get(ada.open);
    expect(await statsOf(t, tenant, campaignId)).toMatchObject({ opens: 2, unique_opens: 1, open_rate: 0.25 });
  });

  it('redirects a click to the campaign link and counts it per link', async () => {
    const bob = links.get('bob@example.com')!;
    expect(bob.clicks).toHaveLength(2);
    const res = await get(bob.clicks[1]!);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('https://acme.test/b?x=1&y=2');
    await get(bob.clicks[1]!);
    await get(bob.clicks[0]!);
    const stats = await statsOf(t, tenant, campaignId);
    expect(stats).toMatchObject({ clicks: 3, unique_clicks: 1 });
    expect(stats.links).toEqual([
      { url: 'https://acme.test/a', clicks: 1, unique_clicks: 1 },
      { url: 'https://acme.test/b?x=1&y=2', clicks: 2, unique_clicks: 1 },
    ]);
    // A click proves an open even when images were blocked.
    expect(stats.unique_opens).toBe(2);
    const hour = stats.timeline.at(-1);
    expect(hour.clicks).toBeGreaterThanOrEqual(3);
  });

  it('counts proxy and prefetch opens as machine opens, apart from human ones', async () => {
    const dee = links.get('dee@example.com')!;
    const deeTarget = { campaignId, contactId: contacts.get('dee@example.com')! };
    const before = await statsOf(t, tenant, campaignId);
    const open = (ua: string) => t.app.inject({ method: 'GET', url: dee.open, headers: { 'user-agent': ua } });
    // Apple Mail Privacy Protection, and Gmail's image proxy.
    expect((await open('Mozilla/5.0')).statusCode).toBe(200);
    expect(
      (await open('Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)'))
        .statusCode,
    ).toBe(200);
    // A browser's User-Agent, but 2 s after the message was sent: a prefetch at delivery.
    await recordOpen(t.database, deeTarget, {
      userAgent: CHROME,
      now: new Date(Date.parse(HOUR_AGO) + 2_000).toISOString(),
    });
    const machine = await statsOf(t, tenant, campaignId);
    expect(machine.machine_opens - before.machine_opens).toBe(3);
    expect(machine.opens).toBe(before.opens);
    expect(machine.unique_opens).toBe(before.unique_opens);
    expect(machine.open_rate).toBe(before.open_rate);

    // The person opens it an hour after it was sent: their human, unique open.
    expect((await open(CHROME)).statusCode).toBe(200);
    const human = await statsOf(t, tenant, campaignId);
    expect(human).toMatchObject({
      opens: before.opens + 1,
      unique_opens: before.unique_opens + 1,
      machine_opens: before.machine_opens + 3,
    });
    expect(human.open_rate).toBe(Math.round((human.unique_opens / human.sent) * 10_000) / 10_000);
    const sum = (k: 'opens' | 'machine_opens') =>
      human.timeline.reduce((n: number, h: Record<string, number>) => n + h[k]!, 0);
    expect(sum('opens')).toBe(human.opens);
    expect(sum('machine_opens')).toBe(human.machine_opens);
    const row = await t.database.db
      .selectFrom('campaign_recipients')
      .select(['opened_at', 'machine_opened_at'])
      .where('campaign_id', '=', campaignId)
      .where('contact_id', '=', deeTarget.contactId)
      .executeTakeFirstOrThrow();
    expect(row.machine_opened_at).not.toBeNull();
    expect(row.opened_at).not.toBeNull();
    expect(Date.parse(row.opened_at!)).toBeGreaterThan(Date.parse(row.machine_opened_at!));
  });

  it('keeps counts exact under concurrent hits', async () => {
    const before = await statsOf(t, tenant, campaignId);
    const cy = links.get('cy@example.com')!;
    const hits = [
      ...Array.from({ length: 40 }, () => get(cy.open)),
      ...Array.from({ length: 30 }, () => get(cy.clicks[0]!)),
    ];
    const results = await Promise.all(hits);
    expect(results.every((r) => r.statusCode === 200 || r.statusCode === 302)).toBe(true);
    const after = await statsOf(t, tenant, campaignId);
    expect(after.opens - before.opens).toBe(40);
    expect(after.clicks - before.clicks).toBe(30);
    expect(after.unique_opens - before.unique_opens).toBe(1);
    expect(after.unique_clicks - before.unique_clicks).toBe(1);
    expect(after.links[0].clicks - before.links[0].clicks).toBe(30);
    expect(after.links[0].unique_clicks - before.links[0].unique_clicks).toBe(1);
    const sum = (s: { timeline: Array<{ opens: number; clicks: number }> }, k: 'opens' | 'clicks') =>
      s.timeline.reduce((a, h) => a + h[k], 0);
    expect(sum(after, 'opens')).toBe(after.opens);
    expect(sum(after, 'clicks')).toBe(after.clicks);
    // Each recipient's own count moves with the campaign's: the report adds up to it.
    const url = `/v1/campaigns/${campaignId}/recipients?event=opened&per_page=100`;
    const opened = (await t.app.inject({ method: 'GET', url, headers: tenant.auth })).json();
    expect(opened.data.reduce((n: number, r: { count: number }) => n + r.count, 0)).toBe(after.opens);
  });

  it('refuses forged and tampered tokens without counting or redirecting', async () => {
    const before = await statsOf(t, tenant, campaignId);
    const ada = links.get('ada@example.com')!;
    const tamper = (path: string, edit: (token: string) => string) => {
      const cut = path.lastIndexOf('/') + 1;
      return path.slice(0, cut) + edit(path.slice(cut));
    };
    const forger = new TokenSigner(Buffer.from('not the real secret, but long enough to look it'));
    const adaId = contacts.get('ada@example.com')!;
    const bad = [
      tamper(ada.clicks[0]!, (tk) => tk.replace(/\.0\./, '.5.')), // another link index
      tamper(ada.clicks[0]!, (tk) => tk.replace(adaId, contacts.get('bob@example.com')!)), // another recipient
      tamper(ada.clicks[0]!, (tk) => `${tk.slice(0, -1)}${tk.endsWith('A') ? 'B' : 'A'}`), // altered MAC
      tamper(ada.clicks[0]!, (tk) => tk.split('.').slice(0, -1).join('.')), // no MAC
      `/t/click/${forger.sign('click', { campaignId, contactId: adaId }, 0)}`,
      `/t/click/${ada.open.split('/').pop()}`, // an open token used as a click
      '/t/click/..%2F..%2Fevil.example',
      `/t/click/${encodeURIComponent('https://evil.example/')}`,
    ];
    for (const url of bad) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers.location, url).toBeUndefined();
    }
    for (const url of [
      tamper(ada.open, (tk) => tk.replace(adaId, contacts.get('cy@example.com')!)),
      `/t/open/${forger.sign('open', { campaignId, contactId: adaId })}`,
    ]) {
      expect((await get(url)).statusCode, url).toBe(404);
    }
    const forgedUnsubscribe = `/unsubscribe/${forger.sign('unsubscribe', { campaignId, contactId: adaId })}`;
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: forgedUnsubscribe,
          payload: 'List-Unsubscribe=One-Click',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        })
      ).statusCode,
    ).toBe(404);
    expect(await contactStatus('ada@example.com')).toBe('subscribed');
    expect(await statsOf(t, tenant, campaignId)).toEqual(before);
  });

  it('shows a confirmation page on GET and unsubscribes only on POST', async () => {
    const ada = links.get('ada@example.com')!;
    const page = await get(ada.unsubscribe);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('ada@example.com');
    expect(page.body).toContain('<form method="post">');
    expect(await contactStatus('ada@example.com')).toBe('subscribed');
  });

  it('unsubscribes at once with an RFC 8058 one-click POST, without cookies or a key', async () => {
    const bob = links.get('bob@example.com')!;
    const res = await t.app.inject({
      method: 'POST',
      url: bob.unsubscribe,
      payload: 'List-Unsubscribe=One-Click',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(200);
    expect(await contactStatus('bob@example.com')).toBe('unsubscribed');
    // Again, and as multipart (what RFC 8058 recommends senders of the POST use): still one unsubscribe.
    const boundary = 'x-grivo-test';
    const multipart = await t.app.inject({
      method: 'POST',
      url: bob.unsubscribe,
      payload: `--${boundary}\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(multipart.statusCode).toBe(200);
    expect((await statsOf(t, tenant, campaignId)).unsubscribes).toBe(1);
    expect((await get(bob.unsubscribe)).body).toContain('will not receive');
  });

  it('counts nothing for a test message, while its links still work', async () => {
    const before = await statsOf(t, tenant, campaignId);
    const signer = t.services.signer;
    const target = { campaignId, contactId: 'test' };
    expect((await get(`/t/open/${signer.sign('open', target)}`)).statusCode).toBe(200);
    expect((await get(`/t/click/${signer.sign('click', target, 0)}`)).headers.location).toBe('https://acme.test/a');
    const page = await t.app.inject({ method: 'POST', url: `/unsubscribe/${signer.sign('unsubscribe', target)}` });
    expect(page.body).toContain('test message');
    expect(await statsOf(t, tenant, campaignId)).toEqual(before);
  });
});

describe('isMachineOpen', () => {
  const sentAt = '2026-04-01T09:00:00.000Z';
  const later = '2026-04-01T10:00:00.000Z';
  it('knows the documented proxies by their User-Agent, at any time', () => {
    for (const ua of [
      'Mozilla/5.0',
      ' Mozilla/5.0 ',
      'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
      'YahooMailProxy; https://help.yahoo.com/kb/yahoo-mail-proxy-SLN28749.html',
    ])
      expect(isMachineOpen({ userAgent: ua, at: later, sentAt }), ua).toBe(true);
  });
  it('takes an open within the window after sending for a prefetch, and a later one for a person', () => {
    const at = (ms: number) => new Date(Date.parse(sentAt) + ms).toISOString();
    expect(isMachineOpen({ userAgent: CHROME, at: at(2_000), sentAt })).toBe(true);
    expect(isMachineOpen({ userAgent: CHROME, at: at(PREFETCH_WINDOW_MS - 1), sentAt })).toBe(true);
    expect(isMachineOpen({ userAgent: CHROME, at: at(PREFETCH_WINDOW_MS), sentAt })).toBe(false);
    expect(isMachineOpen({ userAgent: CHROME, at: later, sentAt })).toBe(false);
    expect(
      isMachineOpen({
        userAgent:
          'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
        at: later,
        sentAt,
      }),
    ).toBe(false);
    expect(isMachineOpen({ userAgent: undefined, at: later, sentAt: null })).toBe(false);
  });
});
