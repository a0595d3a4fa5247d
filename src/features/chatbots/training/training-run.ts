import { setImmediate } from 'node:timers/promises';
import type { Config } from '../../../config.js';
import type { Embedder } from '../../../providers/llm/llm.js';
import type { Database } from '../../../storage/database.js';
import { nowIso } from '../../../lib/time.js';
import type { CrawlEvent } from '../../../providers/crawler/crawler.js';
import type { ChatbotRow, effectiveCrawl } from '../chatbot-row.js';
import { updateChatbotForRun } from '../store.js';
import { embedChunks, inLanguage, isCurrentExtraction, retitle, type IndexedPage } from './index-page.js';
import type { PageReaders, ReadPage } from './page-reader.js';
import { loadKnownPages, writePages, type KnownPage, type PageWrite } from './pages-store.js';
import { pooledLanguage, SiteLanguage } from './site-language.js';
import { loadIndexedLanguage } from './term-stats-store.js';

const PROGRESS_EVERY_MS = 500;
// Pages are written a few at a time, in one transaction (one term-statistics
// upsert per term, one full-text flush): at most this many pages or chunks,
// nor held longer than this, so a slow site's pages still show up promptly.
// The chunks bound a transaction's work; the pages only its rows of pages.
const BATCH_PAGES = 64;
const BATCH_CHUNKS = 1_000;
const BATCH_MS = 1_000;
// Pages not sure of their language wait for one that is, but no more than
// this many: those are then read together (see settleUndecided).
const MAX_UNDECIDED = 64;

/** What training a chatbot needs. */
export interface TrainDeps {
  database: Database;
  config: Pick<Config, 'plans' | 'crawl'>;
  embedder: Embedder | undefined;
  /** Reads each fetched page (links, chunks), in threads of its own. */
  pageReaders: Pick<PageReaders, 'prepare' | 'read'>;
  logger?: { warn(obj: unknown, msg?: string): void };
}

export interface CrawlOutcome {
  /** A newer run took over, or the chatbot was deleted. */
  superseded: boolean;
  /** Pages in the index after this run: new, changed or unchanged. */
  kept: number;
  skipped: { url: string; reason: string; detail: string }[];
}

/** A page read anew, before it is written: its chunks are analyzed in the site's language if it is not sure of its own. */
type ReadAnew = Omit<Extract<PageWrite, { kind: 'indexed' }>, 'kind' | 'chunks'> & { page: IndexedPage };

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
  private language = new SiteLanguage(null);
  /** Pages not sure of their language, read before any page was sure of its own. */
  private undecided: ReadAnew[] = [];
  private pending: PageWrite[] = [];
  private pendingChunks = 0;
  private pendingSince = 0;
  /** The batch being written, while the crawl goes on reading pages; the next batch waits for it. */
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly deps: TrainDeps,
    private readonly chatbot: ChatbotRow,
    private readonly limits: ReturnType<typeof effectiveCrawl>,
    private readonly urls: string[],
  ) {}

  async crawl(): Promise<CrawlOutcome> {
    this.deps.pageReaders.prepare();
    // A page kept by an older extraction is fetched whole: a conditional
    // request would keep its old chunks.
    this.known = new Map(
      [...(await loadKnownPages(this.deps.database.db, this.chatbot.id))].map(([url, page]) => [
        url,
        isCurrentExtraction(page.contentHash) ? page : { ...page, etag: null, lastModified: null },
      ]),
    );
    this.language = new SiteLanguage(await loadIndexedLanguage(this.deps.database.db, this.chatbot.id));
    const { crawl } = this.deps.config;
    // The crawler (undici, an XML parser…) is loaded with the first crawl: many servers never crawl.
    const { crawlSite } = await import('../../../providers/crawler/crawler.js');
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
      readPage: this.deps.pageReaders.read,
    });
    try {
      for await (const event of events) {
        await this.handle(event);
        if (this.superseded) break;
      }
      if (!this.superseded) await this.settleUndecided();
    } finally {
      this.abort.abort();
      // Never returns with a batch still being written (its failure, if any, is thrown below).
      await this.writing.catch(() => undefined);
    }
    await this.writing;
    // A superseded run's pending pages are the newer run's to write.
    if (!this.superseded) {
      await this.flush();
      await this.writing;
      await this.progress(true);
    }
    return { superseded: this.superseded, kept: this.kept, skipped: this.skipped };
  }

  private async handle(event: CrawlEvent<ReadPage>): Promise<void> {
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
          this.write({ kind: 'unchanged', known, run: who.run, facts: { links: event.links } });
          this.kept++;
        }
        break;
      case 'skipped':
        this.skip(known, who, event.reason, event.detail);
        break;
      case 'page': {
        const { page: read, error } = event.content;
        if (!read) {
          this.deps.logger?.warn({ err: error, url: event.url }, 'could not extract a page');
          this.skip(known, who, 'extraction', 'the page could not be read');
          break;
        }
        // Read at the URL it was fetched from; the crawl may know it under its canonical one.
        const page = retitle(read, event.url);
        const facts = {
          title: page.title,
          etag: event.etag,
          lastModified: event.lastModified,
          contentHash: page.contentHash,
          links: event.links,
          blockKeys: page.blockKeys,
        };
        if (known?.status === 'indexed' && known.contentHash === page.contentHash) {
          this.write({ kind: 'unchanged', known, run: who.run, facts });
        } else if (page.chunks.length === 0) {
          this.skip(known, who, 'empty', 'no text content');
          break;
        } else {
          await this.index({ known, who, facts, page });
        }
        this.kept++;
        break;
      }
    }
    if (
      this.pending.length >= BATCH_PAGES ||
      this.pendingChunks >= BATCH_CHUNKS ||
      Date.now() - this.pendingSince >= BATCH_MS
    )
      await this.flush();
    this.done++;
    await this.progress(false);
    // Extraction is synchronous work: let requests in between pages.
    await setImmediate();
  }

  /**
   * Writes a page read anew, in the site's language if it is not sure of its
   * own; until a page is sure of its own, such pages wait (at the latest,
   * for the crawl's end).
   */
  private async index(read: ReadAnew): Promise<void> {
    if (!read.page.languageSure) {
      const site = this.language.current;
      if (site !== null) return this.writeIndexed(read, inLanguage(read.page, site));
      this.undecided.push(read);
      if (this.undecided.length >= MAX_UNDECIDED) await this.settleUndecided();
      return;
    }
    this.language.note(read.page);
    await this.writeIndexed(read, read.page);
    const site = this.language.current;
    if (site === null) return;
    const waiting = this.undecided;
    this.undecided = [];
    for (const other of waiting) await this.writeIndexed(other, inLanguage(other.page, site));
  }

  /**
   * Writes the pages waiting for a page sure of its language, when none came:
   * in the language of their text read together, which becomes the site's,
   * if that is sure; else each in the one detected on its own.
   */
  private async settleUndecided(): Promise<void> {
    const waiting = this.undecided;
    this.undecided = [];
    const pooled = pooledLanguage(waiting.map((r) => r.page));
    if (pooled !== null) this.language.assume(pooled);
    for (const read of waiting)
      await this.writeIndexed(read, pooled === null ? read.page : inLanguage(read.page, pooled));
  }

  private async writeIndexed({ known, who, facts }: ReadAnew, page: IndexedPage): Promise<void> {
    const chunks = await embedChunks(this.deps.embedder, page.chunks, this.abort.signal);
    this.write({ kind: 'indexed', known, who, facts, chunks });
  }

  private skip(
    known: KnownPage | undefined,
    who: Extract<PageWrite, { kind: 'skipped' }>['who'],
    reason: string,
    detail: string,
  ): void {
    this.skipped.push({ url: who.url, reason, detail });
    this.write({ kind: 'skipped', known, who, reason: detail });
  }

  private write(page: PageWrite): void {
    if (this.pending.length === 0) this.pendingSince = Date.now();
    this.pending.push(page);
    if (page.kind === 'indexed') this.pendingChunks += page.chunks.length;
  }

  private async flush(): Promise<void> {
    const writes = this.pending;
    if (writes.length === 0) return;
    this.pending = [];
    this.pendingChunks = 0;
    const { database } = this.deps;
    const target = { workspaceId: this.chatbot.workspace_id, chatbotId: this.chatbot.id };
    // Batches commit one after another, in order; a failed one fails the run at the next flush or at the end.
    await this.writing;
    this.writing = database.db.transaction().execute((trx) => writePages(trx, database.engine, target, writes));
    // Handled when awaited: until then the crawl reads on, and this keeps the failure from going unhandled.
    this.writing.catch(() => undefined);
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
