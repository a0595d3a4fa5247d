import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ask, firstSearchPage, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { DENTAL_SITE } from '../../../../test/fixtures/dental-site.js';
import { API_DOCS, BLOG, GEORGIAN_GUESTHOUSE, PRODUCT_PAGE, RYOKAN } from '../../../../test/fixtures/other-sites.js';

// Plain visitor questions to kinds of site the answers benchmark lacks, through the chat and search routes.
type Trained = Awaited<ReturnType<typeof trainedChatbot>>;

function chatbotOn(dialect: (typeof DIALECTS)[number], pages: Record<string, string>) {
  const bot = { trained: undefined as unknown as Trained };
  beforeAll(async () => {
    bot.trained = await trainedChatbot(dialect, pages);
  });
  afterAll(() => bot.trained.close());
  const first = async (question: string) => {
    const { t, tenant, botId, site } = bot.trained;
    const answer = await ask(t, tenant, botId, question);
    return { ...answer, first: answer.sources[0]?.url.replace(site.origin, '') as string | undefined };
  };
  return { bot, first };
}

describe.each(DIALECTS)('a page builder’s site, its chrome in unnamed blocks, on %s', (dialect) => {
  const { first } = chatbotOn(dialect, DENTAL_SITE);

  it('never quotes the cookie notice, the footer widgets or the copyright line', async () => {
    for (const question of ['Do you use cookies?', 'Where are you?', 'Who are you?', 'What is the privacy policy?']) {
      const answer = await first(question);
      expect(answer.answer, question).not.toMatch(/cookies|©|friendly family practice|Latest news/);
    }
    expect((await first('How long do you keep patient records?')).answer).toMatch(
      /^We keep patient records for 11 years/,
    );
  });

  it('finds the phone number on the contact page, which never says "phone"', async () => {
    const phone = await first('What is your phone number?');
    expect(phone).toMatchObject({ answered: true, first: '/contact#content' });
    expect(phone.answer).toMatch(/^Ring reception on 01632 960 123/);
  });
});

describe.each(DIALECTS)('a shop’s product page on %s', (dialect) => {
  const { first } = chatbotOn(dialect, PRODUCT_PAGE);

  it('quotes the price shown in a flex box as its own words', async () => {
    const price = await first('How much is the storm jacket?');
    expect(price).toMatchObject({ answered: true, first: '/products/storm-jacket' });
    expect(price.answer).toMatch(/^Price €249\.00\n/);
  });

  it('answers where it ships from the tab a visitor opens, and refuses what the shop does not sell', async () => {
    expect((await first('do you ship to switzerland')).answer).toMatch(
      /We ship to the EU, the UK, Norway and Switzerland/,
    );
    expect(await first('Do you sell shoes?')).toMatchObject({ answered: false });
  });
});

describe.each(DIALECTS)('a blog of dated posts on %s', (dialect) => {
  const { first } = chatbotOn(dialect, BLOG);

  it('quotes a post with its date, from the post rather than the listing', async () => {
    const sourdough = await first('When was the sourdough class post published?');
    expect(sourdough).toMatchObject({ answered: true, first: '/2026/05/sourdough-class' });
    expect(sourdough.answer).toMatch(/^Posted on 2 May 2026 by Tom\n/);
    expect((await first('How much is the sourdough class?')).answer).toContain('costs £45');
    expect(await first('Do you sell wedding cakes?')).toMatchObject({ answered: false });
  });
});

describe.each(DIALECTS)('an API reference on %s', (dialect) => {
  const { bot, first } = chatbotOn(dialect, API_DOCS);

  it('cites a one-line section under its own heading, not the section before it', async () => {
    const support = await first('What is the support email address?');
    expect(support).toMatchObject({ answered: true, first: '/docs/shipments#support' });
    expect(support.answer).toBe('Write to api@parcelo.example. [1]');
    expect(await firstSearchPage(bot.trained, 'support')).toBe('/docs/shipments#support');
  });

  it('quotes a parameters table with a type holding "|" as rows of three cells', async () => {
    const weight = await first('What is the maximum weight?');
    expect(weight).toMatchObject({ answered: true, first: '/docs/shipments#parameters' });
    expect(weight.answer).toContain('reference | string \\| null | Your own reference, printed on the label.');
  });
});

describe.each(DIALECTS)('a Japanese ryokan and a Georgian guesthouse on %s', (dialect) => {
  const ja = chatbotOn(dialect, RYOKAN);
  const ka = chatbotOn(dialect, GEORGIAN_GUESTHOUSE);

  it('quotes the Japanese sentence that answers, not the one before it under another heading', async () => {
    const bath = await ja.first('露天風呂は何時まで使えますか');
    expect(bath).toMatchObject({ answered: true, first: '/plan' });
    expect(bath.answer).toBe('露天風呂は24時間ご利用いただけます。 [1]');
    expect((await ja.first('電話番号を教えてください')).answer).toMatch(/^電話番号：0460-12-3456/);
  });

  it('reads Georgian: its phone number and prices, its greetings, and refuses in Georgian', async () => {
    const phone = await ka.first('რა არის თქვენი ტელეფონის ნომერი?');
    expect(phone).toMatchObject({ answered: true, first: '/contact' });
    expect(phone.answer).toMatch(/^ტელეფონი: \+995 555 12 34 56/);
    expect((await ka.first('როდის არის შესვლა?')).answer).toMatch(/^შესვლა 14:00 საათიდან/);
    expect((await ka.first('გამარჯობა')).answer).toMatch(/^გამარჯობა! მე ვარ Support\./);
    expect((await ka.first('მადლობა')).answer).toMatch(/^არაფრის!/);
    const offTopic = await ka.first('ვინ მოიგო მსოფლიო ჩემპიონატი?');
    expect(offTopic).toMatchObject({ answered: false });
    expect(offTopic.answer).toMatch(/^ბოდიში/);
  });
});
