import { afterEach, describe, expect, it } from 'vitest';
import { train, trainedChatbot } from '../../../../test/helpers/chatbots.js';
import { DIALECTS } from '../../../../test/helpers/engines.js';
import { page } from '../../../../test/helpers/site.js';
import { searchChatbot } from '../search-service.js';

const SITE = {
  '/': page('Streets', '<h1>Streets</h1><p>Streets have pavements and kerbs.</p> <a href="/crossings">Crossings</a>'),
  '/crossings': page('Crossings', '<h1>Crossings</h1><p>Cross the street at the lights.</p>'),
};

describe.each(DIALECTS)("search's term statistics kept between questions on %s", (dialect) => {
  let trained: Awaited<ReturnType<typeof trainedChatbot>> | undefined;
  afterEach(async () => {
    await trained?.close();
  });

  // Nothing tells a process that training changed the statistics: the
  // chatbot's row the route reads says so, as it would to any other process.
  it('reads them again once a training changes them, as a search without them would', async () => {
    trained = await trainedChatbot(dialect, SITE);
    const { t, tenant, site, botId } = trained;
    const target = { workspaceId: tenant.workspaceId, chatbotId: botId };
    const search = async (query: string) =>
      (
        await t.app.inject({
          method: 'POST',
          url: `/v1/chatbots/${botId}/search`,
          headers: tenant.auth,
          payload: { query, limit: 5 },
        })
      ).json();
    // Without the index's version nothing is kept: every statistic is read for this question.
    const uncached = (query: string) =>
      searchChatbot({ database: t.services.database, embedder: undefined }, target, { query, limit: 5 });

    for (const query of ['zebra', 'zebra crossing', 'street crossing']) {
      expect(await search(query)).toEqual(await uncached(query));
      expect(await search(query)).toEqual(await uncached(query));
    }
    expect((await search('zebra')).data).toEqual([]);
    const version = async () =>
      (
        await t.services.database.db
          .selectFrom('chatbot_index_versions')
          .select('version')
          .where('chatbot_id', '=', botId)
          .executeTakeFirstOrThrow()
      ).version;
    const trainedVersion = await version();
    expect(trainedVersion).toEqual(expect.any(String));
    // Trained again with nothing changed, the statistics stay, and so does what was kept of them.
    await train(t, tenant, botId);
    expect(await version()).toBe(trainedVersion);

    site.pages.set(
      '/crossings',
      page('Crossings', '<h1>Crossings</h1><p>A zebra crossing has white stripes; cross the street there.</p>'),
    );
    await train(t, tenant, botId);
    expect(await version()).not.toBe(trainedVersion);

    const zebra = await search('zebra');
    expect(zebra.data[0]?.url).toBe(`${site.origin}/crossings`);
    expect(zebra).toEqual(await uncached('zebra'));
    for (const query of ['zebra crossing', 'street crossing'])
      expect(await search(query)).toEqual(await uncached(query));
  });
});
