import { setImmediate } from 'node:timers/promises';
import type { Config } from '../../../config.js';
import type { HtmlDocument } from '../../../lib/html/dom.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import type { Database } from '../../../storage/database.js';
import { nowIso } from '../../../lib/time.js';
import { crawlSite, type CrawlEvent } from '../../../providers/crawler/crawler.js';
import type { ChatbotRow, effectiveCrawl } from '../chatbot-row.js';
import { updateChatbotForRun } from '../store.js';
import { chunkPage, embedChunks } from './index-page.js';
import { loadKnownPages, recordSkippedPage, replacePage, touchPage, type KnownPage } from './pages-store.js';

const PROGRESS_EVERY_MS = 500;

/** What training a chatbot needs. */
export interface TrainDeps {
  database: Database;
  config: Pick<Config, 'plans' | 'crawl'>;
  embedder: Embedder | undefined;
  logger?: { warn(obj: unknown, msg?: string): void };
}

export interface CrawlOutcome {
  /** A newer run took over, or the chatbot was deleted. */
  superseded: boolean;
  /** Pages in the index after this run: new, changed or unchanged. */
  kept: number;
  skipped: { url: string; reason: string; detail: string }[];
}

/** One training run's crawl: every event of the crawler turned into index writes. */
export class TrainingRun {
  private readonly abort = new AbortController();
  private readonly skipped: CrawlOutcome['skipped'] = [];
  private kept = 0;
  private done = 0;
  private found = 0;
  private lastProgress = 0;
  private superseded = false;
  private known = new Map<string, KnownPage>();

  constructor(
    private readonly deps: TrainDeps,
    private readonly chatbot: ChatbotRow,
    private readonly limits: ReturnType<typeof effectiveCrawl>,
    private readonly urls: string[],
  ) {}

  async crawl(): Promise<CrawlOutcome> {
    this.known = await loadKnownPages(this.deps.database.db, this.chatbot.id);
    const { crawl } = this.deps.config;
    const events = crawlSite({
      ...startOf(this.chatbot, this.urls, this.limits.max_depth),
      sitemapUrl: this.chatbot.sitemap_url,
      urls: this.urls,
      include: this.limits.include,
      exclude: this.limits.exclude,
      maxPages: this.limits.max_pages,
      allowPrivate: crawl.allowPrivate,
      concurrencyPerHost: crawl.concurrencyPerHost,
      timeoutMs: crawl.timeoutMs,
      maxBytes: crawl.maxPageBytes,
      known: this.known,
      signal: this.abort.signal,
    });
    try {
      for await (const event of events) {
        await this.handle(event);
        if (this.superseded) break;
      }
    } finally {
      this.abort.abort();
    }
    if (!this.superseded) await this.progress(true);
    return { superseded: this.superseded, kept: this.kept, skipped: this.skipped };
  }

  private async handle(event: CrawlEvent): Promise<void> {
    if (event.type === 'progress') {
      this.found = Math.max(this.found, event.found);
      return this.progress(false);
    }
    const who = {
      workspaceId: this.chatbot.workspace_id,
      chatbotId: this.chatbot.id,
      url: event.url,
      run: this.chatbot.train_run,
      now: nowIso(),
    };
    const known = this.known.get(event.url);
    switch (event.type) {
      case 'unchanged':
        if (known?.status === 'indexed') {
          await touchPage(this.deps.database.db, known, who.run, { links: event.links });
          this.kept++;
        }
        break;
      case 'skipped':
        this.skipped.push({ url: event.url, reason: event.reason, detail: event.detail });
        await recordSkippedPage(this.deps.database, known, who, event.detail);
        break;
      case 'page': {
        const page = this.extract(event.document, event.url, event.contentLanguage);
        if (!page) {
          this.skipped.push({ url: event.url, reason: 'extraction', detail: 'the page could not be read' });
          await recordSkippedPage(this.deps.database, known, who, 'the page could not be read');
          break;
        }
        const facts = {
          title: page.title,
          etag: event.etag,
          lastModified: event.lastModified,
          contentHash: page.contentHash,
          links: event.links,
        };
        if (known?.status === 'indexed' && known.contentHash === page.contentHash) {
          await touchPage(this.deps.database.db, known, who.run, facts);
        } else if (page.chunks.length === 0) {
          this.skipped.push({ url: event.url, reason: 'empty', detail: 'no text content' });
          await recordSkippedPage(this.deps.database, known, who, 'no text content');
          break;
        } else {
          const chunks = await embedChunks(this.deps.embedder, page.chunks, this.abort.signal);
          await replacePage(this.deps.database, known, who, facts, chunks);
        }
        this.kept++;
        break;
      }
    }
    this.done++;
    await this.progress(false);
    // Extraction is synchronous work: let requests in between pages.
    await setImmediate();
  }

  // One page that breaks the extractor is reported, not the end of the training.
  private extract(
    document: HtmlDocument,
    url: string,
    contentLanguage: string | null,
  ): ReturnType<typeof chunkPage> | undefined {
    try {
      return chunkPage(document, url, contentLanguage);
    } catch (error) {
      this.deps.logger?.warn({ err: error, url }, 'could not extract a page');
      return undefined;
    }
  }

  private async progress(force: boolean): Promise<void> {
    const now = Date.now();
    if (!force && now - this.lastProgress < PROGRESS_EVERY_MS) return;
    this.lastProgress = now;
    const current = await updateChatbotForRun(this.deps.database.db, this.chatbot.id, this.chatbot.train_run, {
      pages_found: Math.max(this.found, this.done),
      pages_done: this.done,
    });
    if (!current) {
      this.superseded = true;
      this.abort.abort();
    }
  }
}

// The crawl starts at the website; a chatbot with only a sitemap starts at
// its site's home page, and one with only a list of URLs follows no links.
function startOf(chatbot: ChatbotRow, urls: string[], maxDepth: number): { startUrl: string; maxDepth: number } {
  if (chatbot.website_url) return { startUrl: chatbot.website_url, maxDepth };
  if (chatbot.sitemap_url) return { startUrl: new URL('/', chatbot.sitemap_url).href, maxDepth };
  return { startUrl: urls[0]!, maxDepth: 0 };
}
