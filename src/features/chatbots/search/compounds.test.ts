import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jobHandlers } from '../../../worker.js';
import { createTestApp, type TestApp, type Tenant } from '../../../../test/helpers/app.js';
import { createChatbot, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page, startSite, type TestSite } from '../../../../test/helpers/site.js';

const german = (title: string, text: string) =>
  page(title, `<h1>${title}</h1><p>${text}</p>`).replace('<html>', '<html lang="de">');
// A German shop: its compounds are not the visitor's words.
const SITE = {
  '/': german(
    'Radhaus',
    '<a href="/anfahrt">Anfahrt</a> <a href="/zubehoer">Zubehör</a> <a href="/werkstatt">Werkstatt</a>',
  ),
  '/anfahrt': german(
    'Anfahrt',
    'Im Hof hinter dem Laden gibt es sechs Kundenparkplätze. Der Bus 33 aus der Stadt hält direkt vor der Tür.',
  ),
  '/zubehoer': german(
    'Zubehör',
    'Wir führen Lampen für jedes Fahrrad, Schlösser, Pumpen und Klingeln. Alles montieren wir kostenlos.',
  ),
  '/werkstatt': german(
    'Werkstatt',
    'Unsere Werkstatt repariert Räder aller Marken. Einen Reparaturtermin bekommen Sie telefonisch oder im Laden.',
  ),
};

describe.each(DIALECTS)('German compounds on %s', (dialect) => {
  let site: TestSite;
  let t: TestApp;
  let tenant: Tenant;
  let botId: string;
  const firstPage = async (query: string) => {
    const res = await t.app.inject({
      method: 'POST',
      url: `/v1/chatbots/${botId}/search`,
      headers: tenant.auth,
      payload: { query, limit: 3 },
    });
    expect(res.statusCode).toBe(200);
    return res.json().data[0]?.url.replace(site.origin, '');
  };
  beforeAll(async () => {
    site = await startSite(SITE);
    t = await createTestApp(dialect, { GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
    t.services.queue.work(jobHandlers(t.services));
    tenant = await t.tenant('pro');
    botId = (await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id)).id;
  });
  afterAll(async () => {
    await t.close();
    await site.close();
  });

  it('finds a word inside the pages’ compounds', async () => {
    expect(await firstPage('Gibt es Parkplätze?')).toBe('/anfahrt');
    expect(await firstPage('Termin?')).toBe('/werkstatt');
  });

  it('finds a compound’s parts in the pages', async () => {
    expect(await firstPage('Verkauft ihr Fahrradlampen?')).toBe('/zubehoer');
    expect(await firstPage('Welcher Stadtbus fährt zu euch?')).toBe('/anfahrt');
  });
});
