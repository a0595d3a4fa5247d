import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, Tenant } from '../../../../test/helpers/app.js';
import { ask, createChatbot, train, trainingApp, waitForTraining } from '../../../../test/helpers/chatbots.js';
import { ENGINES_AND_QUEUES } from '../../../../test/helpers/engines.js';
import { page, startSite, type TestSite } from '../../../../test/helpers/site.js';

// A German page of the company site of bench:answers: a long one, plainly German.
const COMPANY = path.join(import.meta.dirname, '../../../../bench/answers/company');
const german = (
  JSON.parse(fs.readFileSync(path.join(COMPANY, 'de.json'), 'utf8')) as {
    pages: { path: string; title: string; text: string }[];
  }
).pages.filter((p) => ['returns', 'warranty'].includes(p.path));

// An English restaurant's site, no page declaring its language. Alone, the
// menu of Italian dish names reads as Italian, the French one as French, the
// dessert line as Portuguese and the opening hours as Dutch: a question, read
// in at most three of the index's languages, missed some of them. The German
// returns page is German however read.
const RESTAURANT = {
  '/': page(
    'Trattoria Bristol',
    `<h1>Trattoria Bristol</h1>
     <p>We are a family restaurant by the harbour in Bristol. Our cooks make fresh pasta every morning, and we bake our own bread in a wood oven. You can book a table online or call us, and we are happy to cater for private parties of up to forty guests.</p>
     <p><a href="/menu">Menu</a> <a href="/desserts">Desserts</a> <a href="/hours">Hours</a> <a href="/french-night">French night</a> <a href="/de/rueckgabe">Rückgabe</a></p>`,
  ),
  '/menu': page(
    'Menu',
    `<h1>Menu</h1><ul><li>Spaghetti alla carbonara</li><li>Penne all'arrabbiata</li><li>Risotto ai funghi porcini</li><li>Saltimbocca alla romana</li><li>Tiramisù della casa</li></ul>`,
  ),
  '/desserts': page('Desserts', '<h1>Desserts</h1><p>Homemade desserts, baked fresh daily.</p>'),
  '/hours': page('Opening hours', '<h1>Opening hours</h1><p>Open daily from noon to ten.</p>'),
  '/french-night': page(
    'French night',
    `<h1>French night</h1><ul><li>Soupe à l'oignon gratinée</li><li>Coq au vin de Bourgogne</li><li>Crème brûlée à la vanille</li></ul>`,
  ),
  '/de/rueckgabe': page(
    'Rückgabe',
    `<h1>Rückgabe und Garantie</h1>${german.map((p) => `<h2>${p.title}</h2><p>${p.text}</p>`).join('')}`,
  ),
};

// A site of short pages only, none sure of its language on its own.
const SHORT_PAGES: Record<string, string> = {
  '/': page(
    'Trattoria Bristol',
    `<h1>Trattoria Bristol</h1><p>Fresh pasta by the harbour, since 1987.</p>
     <p><a href="/desserts">Desserts</a> <a href="/hours">Hours</a> <a href="/parking">Parking</a> <a href="/allergies">Allergies</a> <a href="/terrace">Terrace</a></p>`,
  ),
  '/desserts': RESTAURANT['/desserts'],
  '/hours': RESTAURANT['/hours'],
  '/parking': page('Parking', '<h1>Parking</h1><p>Free parking behind the restaurant.</p>'),
  '/allergies': page('Allergies', '<h1>Allergies</h1><p>Tell your waiter about any allergy before you order.</p>'),
  '/terrace': page('Terrace', '<h1>Terrace</h1><p>Our terrace seats forty guests in summer.</p>'),
};

describe.each(ENGINES_AND_QUEUES)('the language of pages that declare none ($name)', ({ dialect, env }) => {
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  const languagesOf = async (chatbotId: string) => {
    const rows = await t.services.database.db
      .selectFrom('chatbot_chunks')
      .select(['url', 'language'])
      .where('chatbot_id', '=', chatbotId)
      .execute();
    return Object.fromEntries(rows.map((r) => [new URL(r.url).pathname, r.language]));
  };
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ t, tenant, site, close } = await trainingApp(dialect, RESTAURANT, env));
  });
  afterAll(() => close());

  it("is the site's when a page's own text is too short to tell, and the page's own when it plainly tells", async () => {
    const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id);
    expect(bot).toMatchObject({ status: 'active', pages_trained: 6 });
    expect(await languagesOf(bot.id)).toEqual({
      '/': 'en',
      '/menu': 'en',
      '/french-night': 'en',
      '/desserts': 'en',
      '/hours': 'en',
      '/de/rueckgabe': 'de',
    });

    const desserts = await ask(t, tenant, bot.id, 'Are your desserts homemade?');
    expect(desserts.answered).toBe(true);
    expect(desserts.sources[0].url).toBe(`${site.origin}/desserts`);
    const hours = await ask(t, tenant, bot.id, 'When are you open?');
    expect(hours.answered).toBe(true);
    expect(hours.sources[0].url).toBe(`${site.origin}/hours`);
    const risotto = await ask(t, tenant, bot.id, 'Do you have a risotto with porcini?');
    expect(risotto.answered).toBe(true);
    expect(risotto.sources[0].url).toBe(`${site.origin}/menu`);
  });

  it("is the site's as a previous training left it, when the only page read anew is too short to tell", async () => {
    const own = await startSite({ ...RESTAURANT, '/desserts': page('Desserts', '<h1>Desserts</h1><p>Ask us.</p>') });
    try {
      const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: own.url })).id);
      // Every other page is unchanged (304): the new dessert line is the only text this training reads.
      own.pages.set('/desserts', RESTAURANT['/desserts']);
      await train(t, tenant, bot.id);
      expect(own.requests.filter((r) => r.status === 200).map((r) => r.path)).toContain('/desserts');
      expect((await languagesOf(bot.id))['/desserts']).toBe('en');
    } finally {
      await own.close();
    }
  });

  it('is that of all the pages read together, when none is sure of its own', async () => {
    const own = await startSite(SHORT_PAGES);
    try {
      const bot = await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: own.url })).id);
      expect(bot).toMatchObject({ status: 'active', pages_trained: 6 });
      expect(new Set(Object.values(await languagesOf(bot.id)))).toEqual(new Set(['en']));
    } finally {
      await own.close();
    }
  });
});
