import { ApiError } from '../../../http/api-error.js';
import type { Principal } from '../../../http/principal.js';
import { hasSources, type ChatbotRow } from '../chatbot-row.js';
import type { UpdateChatbotBody } from '../schema.js';
import { getChatbotRow, trainChatbot, updateChatbot, type ChatbotDeps } from '../service.js';
import { endCrawl, lockChatbot } from '../store.js';
import { countIndexedPages, removeSourcePages } from '../training/pages-store.js';
import { crawlSettings, syncCrawlSources, type CrawlType } from './crawl-sources.js';
import type { CreateSourceBody, UpdateSourceBody } from './schema.js';
import type { SourceRow } from './sources-store.js';

interface Target {
  workspaceId: string;
  chatbotId: string;
}

type CrawlBody = Extract<CreateSourceBody, { type: CrawlType }>;

/** Sets a crawl setting the chatbot has none of yet, and crawls. */
export async function createCrawlSource(
  deps: ChatbotDeps,
  principal: Principal,
  target: Target,
  body: CrawlBody,
): Promise<ChatbotRow> {
  const chatbot = await getChatbotRow(deps, target.workspaceId, target.chatbotId);
  const existing = crawlSettings(chatbot).find((s) => s.type === body.type);
  if (existing)
    throw new ApiError(
      'invalid_request',
      `This chatbot already crawls ${body.type === 'urls' ? 'a list of URLs' : `the ${body.type} ${existing.title}`}; change that source (PATCH) or delete it first.`,
      'type',
    );
  const settings: UpdateChatbotBody =
    body.type === 'website'
      ? { website_url: body.url, ...(body.crawl ? { crawl: body.crawl } : {}) }
      : body.type === 'sitemap'
        ? { sitemap_url: body.url }
        : { urls: body.urls };
  return applyAndCrawl(deps, principal, target, settings);
}

/** Changes the setting a crawl source stands for, and crawls. */
export async function updateCrawlSource(
  deps: ChatbotDeps,
  principal: Principal,
  target: Target,
  source: SourceRow,
  body: UpdateSourceBody,
): Promise<ChatbotRow> {
  const settings: UpdateChatbotBody =
    source.type === 'website'
      ? { ...(body.url ? { website_url: body.url } : {}), ...(body.crawl ? { crawl: body.crawl } : {}) }
      : source.type === 'sitemap'
        ? body.url
          ? { sitemap_url: body.url }
          : {}
        : body.urls
          ? { urls: body.urls }
          : {};
  return applyAndCrawl(deps, principal, target, settings);
}

/** Clears the setting; the crawl goes on with the others, or ends and its pages leave the index. */
export async function deleteCrawlSource(
  deps: ChatbotDeps,
  principal: Principal,
  target: Target,
  source: SourceRow,
): Promise<void> {
  const cleared: UpdateChatbotBody =
    source.type === 'website'
      ? { website_url: null }
      : source.type === 'sitemap'
        ? { sitemap_url: null }
        : { urls: [] };
  await updateChatbot(deps, principal, target.chatbotId, cleared);
  const chatbot = await getChatbotRow(deps, target.workspaceId, target.chatbotId);
  await syncCrawlSources(deps.database, chatbot);
  if (hasSources(chatbot)) {
    await trainChatbot(deps, principal, chatbot.id);
    return;
  }
  await deps.database.db.transaction().execute(async (trx) => {
    await lockChatbot(trx, deps.database.engine, chatbot.id);
    await removeSourcePages(trx, target, null);
    await endCrawl(trx, chatbot.id, await countIndexedPages(trx, chatbot.id));
  });
}

async function applyAndCrawl(
  deps: ChatbotDeps,
  principal: Principal,
  target: Target,
  settings: UpdateChatbotBody,
): Promise<ChatbotRow> {
  if (Object.keys(settings).length > 0) await updateChatbot(deps, principal, target.chatbotId, settings);
  await trainChatbot(deps, principal, target.chatbotId);
  const chatbot = await getChatbotRow(deps, target.workspaceId, target.chatbotId);
  await syncCrawlSources(deps.database, chatbot);
  return chatbot;
}
