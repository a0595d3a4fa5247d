import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp, Tenant } from '../../../../test/helpers/app.js';
import { ask, firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn, type TestSite } from '../../../../test/helpers/site.js';
import { COFFEE_SHOP } from '../../../../test/fixtures/coffee-shop.js';

describe.each(DIALECTS)('plain questions to a small shop’s chatbot on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  let t: TestApp;
  let tenant: Tenant;
  let site: TestSite;
  let botId: string;
  const first = async (question: string) => {
    const answer = await ask(t, tenant, botId, question);
    return { ...answer, first: answer.sources[0]?.url.replace(site.origin, '') };
  };
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, COFFEE_SHOP);
    ({ t, tenant, site, botId } = trained);
  });
  afterAll(() => trained.close());

  it('cites the section holding the kind of thing asked for: a phone number, an address, a price', async () => {
    // "number" is also in "the number 33 bus" of the parking section.
    const phone = await first("What's your phone number?");
    expect(phone).toMatchObject({ answered: true, first: '/contact' });
    expect(phone.answer).toMatch(/^You can phone us on 0113 496 0123/);
    const email = await first('email address?');
    expect(email).toMatchObject({ answered: true, first: '/contact' });
    expect(email.answer).toContain('hello@northernroast.example');
    expect(await first('How do I get in touch?')).toMatchObject({ answered: true, first: '/contact' });
    // The page's short sections are one chunk: the quote is what "Our address" heads.
    const address = await first("What's your address?");
    expect(address).toMatchObject({ answered: true, first: '/contact' });
    expect(address.answer).toMatch(/^Unit 4, Kirkstall Road, Leeds LS3 1JL\. \[1\]/);
    // Where the shop is, though the page never says "located" or "find".
    for (const where of ['Where are you located?', 'where can I find you']) {
      const answer = await first(where);
      expect(answer, where).toMatchObject({ answered: true, first: '/contact' });
      expect(answer.answer, where).toMatch(/^Unit 4, Kirkstall Road/);
    }
    // "how much" is how the question is put, not what it is about.
    const delivery = await first('how much is delivery');
    expect(delivery).toMatchObject({ answered: true, first: '/shop' });
    expect(delivery.answer).toContain('Delivery in the UK costs £3.95');
    expect(await first('how much is a bag of coffee')).toMatchObject({ answered: true, first: '/shop' });
  });

  it('refuses arithmetic, even when the page has the numbers', async () => {
    for (const sum of ['what is 12 times 7', '7 * 30', 'was ist 7 mal 30']) {
      const answer = await ask(t, tenant, botId, sum);
      expect(answer, sum).toMatchObject({ answered: false, sources: [] });
    }
    // Numbers in a real question still count.
    expect(await first('Is delivery free over £30?')).toMatchObject({ answered: true, first: '/shop' });
  });

  it('says it could not find the answer in the visitor’s language, not the site’s', async () => {
    const german = await ask(t, tenant, botId, 'Kann ich bei euch auch ein Fahrrad kaufen?');
    expect(german.answered).toBe(false);
    expect(german.answer).toMatch(/nicht gefunden/);
    // A phone number reads the same in every language: it is found under the contact words.
    expect((await first('Wie ist eure Telefonnummer?')).answer).toMatch(/^You can phone us on 0113 496 0123/);
    const english = await ask(t, tenant, botId, 'Do you sell bicycles?');
    expect(english).toMatchObject({ answered: false });
    expect(english.answer).toMatch(/couldn't find/);
  });
});

describe.each(DIALECTS)('replies on a site mostly in one language, on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, {
      '/': pageIn(
        'en',
        'Northern Roast',
        '<h1>Northern Roast</h1><p>Coffee roasters in Leeds. <a href="/visit">Visit</a> <a href="/es">Español</a></p>',
      ),
      '/visit': pageIn(
        'en',
        'Visit',
        '<h1>Visit us</h1><h2 id="opening hours">Opening hours</h2><p>We are open Monday to Friday 8:00–16:00.</p><h2 id="delivery">Delivery</h2><p>We deliver within Leeds for £3.95.</p>',
      ),
      '/es': pageIn(
        'es',
        'Visítanos',
        '<h1>Visítanos</h1><h2 id="horario">Horario</h2><p>Abrimos de lunes a viernes de 8:00 a 16:00.</p>',
      ),
    });
  });
  afterAll(() => trained.close());

  it('answers in the site’s language a word or two, or an emoji, that tell no other', async () => {
    for (const question of ['phone number', 'parking']) {
      const answer = await ask(trained.t, trained.tenant, trained.botId, question);
      expect(answer, question).toMatchObject({ answered: false });
      expect(answer.answer, question).toMatch(/couldn't find/);
    }
    // Trigrams take "yes" for Spanish; nothing in it says so. It asks nothing of the pages.
    expect(await ask(trained.t, trained.tenant, trained.botId, 'yes')).toMatchObject({
      answered: true,
      sources: [],
      answer: 'Anything else I can help you with?',
    });
    // A thanks without words is thanked for in the site's language.
    expect(await ask(trained.t, trained.tenant, trained.botId, '🙏')).toMatchObject({
      answered: true,
      answer: "You're welcome! Anything else I can help you with?",
    });
    const spanish = await ask(trained.t, trained.tenant, trained.botId, '¿Tienen una tienda en Madrid?');
    expect(spanish).toMatchObject({ answered: false });
    expect(spanish.answer).toMatch(/^Lo siento/);
  });

  it('links to a heading whose id holds a space, percent-encoded, from the chat and the search', async () => {
    const answer = await ask(trained.t, trained.tenant, trained.botId, 'When are you open?');
    expect(answer.sources[0]?.url).toBe(`${trained.site.origin}/visit#opening%20hours`);
    expect(await firstSearchPage(trained, 'opening hours')).toBe('/visit#opening%20hours');
  });
});
