import { jobHandlers } from '../../src/worker.js';
import type { Dialect } from '../../src/storage/database.js';
import { createTestApp, type TestApp, type Tenant } from './app.js';
import { startSite, type SitePage, type TestSite } from './site.js';

export async function createChatbot(t: TestApp, tenant: Tenant, body: Record<string, unknown>): Promise<any> {
  const res = await t.app.inject({
    method: 'POST',
    url: '/v1/chatbots',
    headers: tenant.auth,
    payload: { name: 'Support', ...body },
  });
  if (res.statusCode !== 201) throw new Error(`create chatbot: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Polls the chatbot until its training is over (active or failed). */
export async function waitForTraining(t: TestApp, tenant: Tenant, id: string, timeoutMs = 30_000): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const bot = (await t.app.inject({ method: 'GET', url: `/v1/chatbots/${id}`, headers: tenant.auth })).json();
    if (bot.status === 'active' || bot.status === 'failed') return bot;
    if (Date.now() > deadline) throw new Error(`training did not finish: ${JSON.stringify(bot)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function train(t: TestApp, tenant: Tenant, id: string): Promise<any> {
  const res = await t.app.inject({ method: 'POST', url: `/v1/chatbots/${id}/train`, headers: tenant.auth });
  if (res.statusCode !== 202) throw new Error(`train: ${res.statusCode} ${res.body}`);
  return waitForTraining(t, tenant, id);
}

export async function ask(
  t: TestApp,
  tenant: Tenant,
  id: string,
  message: string,
  extra: Record<string, unknown> = {},
): Promise<any> {
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/chatbots/${id}/chat`,
    headers: tenant.auth,
    payload: { message, ...extra },
  });
  if (res.statusCode !== 200) throw new Error(`chat: ${res.statusCode} ${res.body}`);
  return res.json();
}

export async function pagesOf(t: TestApp, tenant: Tenant, id: string, query = ''): Promise<any[]> {
  return (
    await t.app.inject({ method: 'GET', url: `/v1/chatbots/${id}/pages?per_page=100${query}`, headers: tenant.auth })
  ).json().data;
}

/** Parses a Server-Sent Events body into its events. */
export function parseEvents(body: string): { event: string; data: any }[] {
  return body
    .split('\n\n')
    .filter((block) => block.trim())
    .map((block) => {
      const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
      const data = /^data: (.*)$/m.exec(block)?.[1] ?? 'null';
      return { event, data: JSON.parse(data) };
    });
}

/** A site of these pages served on loopback, an app that may crawl it with its jobs worked, and a Pro workspace; `close` stops both. */
export async function trainingApp(
  dialect: Dialect,
  pages: Record<string, SitePage | string>,
  env: Record<string, string> = {},
): Promise<{ t: TestApp; tenant: Tenant; site: TestSite; close(): Promise<void> }> {
  const site = await startSite(pages);
  const t = await createTestApp(dialect, { ...env, GRIVO_CRAWL_ALLOW_PRIVATE: 'true', GRIVO_RATE_LIMIT_PRO: '100000' });
  t.services.queue.work(jobHandlers(t.services));
  const tenant = await t.tenant('pro');
  const close = async () => {
    await t.close();
    await site.close();
  };
  return { t, tenant, site, close };
}

/** A Pro workspace's chatbot trained on a site of these pages, served on loopback; `close` stops both. */
export async function trainedChatbot(
  dialect: Dialect,
  pages: Record<string, SitePage | string>,
): Promise<{ t: TestApp; tenant: Tenant; site: TestSite; botId: string; close(): Promise<void> }> {
  const app = await trainingApp(dialect, pages);
  const { t, tenant, site } = app;
  const botId = (await waitForTraining(t, tenant, (await createChatbot(t, tenant, { website_url: site.url })).id)).id;
  return { ...app, botId };
}

/** The path of the first section POST /v1/chatbots/:id/search ranks for a query on a trained site, or undefined. */
export async function firstSearchPage(
  trained: Awaited<ReturnType<typeof trainedChatbot>>,
  query: string,
): Promise<string | undefined> {
  const { t, tenant, site, botId } = trained;
  const res = await t.app.inject({
    method: 'POST',
    url: `/v1/chatbots/${botId}/search`,
    headers: tenant.auth,
    payload: { query, limit: 3 },
  });
  if (res.statusCode !== 200) throw new Error(`search answered ${res.statusCode}: ${res.body}`);
  return res.json().data[0]?.url.replace(site.origin, '');
}
