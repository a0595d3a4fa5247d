import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { pageIn } from '../../../../test/helpers/site.js';
import { answerabilityFeatures } from './answerability.js';
import { rankSections } from './rank-sections.js';

const english = (title: string, text: string) => pageIn('en', title, `<h1>${title}</h1><p>${text}</p>`);
const SITE = {
  '/': english('Bike shop', '<a href="/fitting">Fitting</a> <a href="/rentals">Rentals</a>'),
  '/fitting': english('Bike fitting', 'Accessories fitted later cost the normal workshop rate.'),
  '/rentals': english('Rentals', 'We rent tandems and cargo bikes by the day.'),
};

describe.each(DIALECTS)('answerability features on %s', (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>>;
  const features = async (question: string) => {
    const { t, tenant, botId } = trained;
    const ranking = await rankSections(
      t.services.database,
      { workspaceId: tenant.workspaceId, chatbotId: botId },
      question,
      20,
    );
    return answerabilityFeatures(ranking)!;
  };
  beforeAll(async () => {
    trained = await trainedChatbot(dialect, SITE);
  });
  afterAll(() => trained.close());

  it('tells a word matched only as a guess at a typo from the word itself', async () => {
    // "lakers" is not on the site; one edit away is "later", another word.
    const guessed = await features('did the lakers win');
    expect(guessed.guessShare).toBeGreaterThan(0);
    expect(guessed.variantShare).toBe(0);
    const own = await features('are accessories fitted later?');
    expect(own.guessShare).toBe(0);
    expect(own.variantShare).toBe(0);
  });

  it('notices a name the site never mentions, but not one it does, nor a capital that starts a sentence', async () => {
    expect((await features('Do you rent bikes for the Louvre tour?')).unknownName).toBe(1);
    expect((await features('do you rent Tandems by the day?')).unknownName).toBe(0);
    expect((await features('Louvre tandems? Rentals by the day')).unknownName).toBe(0);
  });

  it('tells a word matched in another form (a longer or shorter ending) apart from a typo', async () => {
    // The index holds "tandem" (stemmed); the question's compound-like "tandemride" is not a typo of it.
    const variant = await features('tandemrides by the day');
    expect(variant.variantShare).toBeGreaterThan(0);
    expect(variant.guessShare).toBe(0);
  });
});
