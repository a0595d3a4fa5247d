import type { HtmlDocument } from '../../../lib/html/dom.js';
import { parseHtml } from '../../../lib/html/dom.js';
import { WorkerPool } from '../../../lib/worker-pool.js';
import { extractLinks, type PageLinks } from '../../../providers/crawler/extract-links.js';
import type { FetchedPage, PageReader } from '../../../providers/crawler/crawler.js';
import { chunkPage, type IndexedPage } from './index-page.js';

/** A page as training keeps it: its chunks, or why it could not be read. */
export type ReadPage = { page: IndexedPage; error?: undefined } | { page?: undefined; error: string };

const NO_LINKS: PageLinks = { links: [], canonical: null, noindex: false, nofollow: false };
// One page's parse, extraction and analysis: the Python docs' largest takes under a second.
const PAGE_TIMEOUT_MS = 60_000;
const THREAD_HEAP_MB = 512;
// A page's tree, text and terms live only while it is read, but in a young
// generation of 64 MB (the pool's default for this heap) a large page outlives
// two scavenges and is copied into the old one, to be marked and compacted
// there: with room for a few pages, reading the Python docs spends about half
// as long collecting.
const THREAD_YOUNG_MB = 192;
// A page waits in each thread's port behind the one it reads: the thread goes
// on to it at once, not when the crawl's thread, busy writing a batch, has
// taken its answer.
const THREAD_DEPTH = 2;

/**
 * Parses a fetched page once for both its links and its chunks. One page
 * that breaks the extractor is reported (`error`), not the end of the training.
 */
export function readPage(fetched: FetchedPage): { links: PageLinks; content: ReadPage } {
  const document: HtmlDocument = parseHtml(fetched.html);
  const links = extractLinks(document, fetched.url);
  try {
    return { links, content: { page: chunkPage(document, fetched.url, fetched.contentLanguage) } };
  } catch (error) {
    return { links, content: { error: error instanceof Error ? error.message : String(error) } };
  }
}

/**
 * Where training reads its pages: in `threads` worker threads (parsing,
 * extraction and analysis are most of a training's CPU, and the crawl's
 * thread is left to fetch and write), or in the caller's thread for 0.
 */
export class PageReaders {
  private readonly pool: WorkerPool | undefined;

  constructor(threads: number) {
    this.pool =
      threads > 0
        ? new WorkerPool({
            here: import.meta.url,
            name: 'read-page-thread',
            size: threads,
            heapMb: THREAD_HEAP_MB,
            youngMb: THREAD_YOUNG_MB,
            depth: THREAD_DEPTH,
            unitTimeoutMs: PAGE_TIMEOUT_MS,
          })
        : undefined;
  }

  /** Starts the threads, at a training's start: they load while its first pages are fetched. */
  prepare(): void {
    this.pool?.start();
  }

  /** The crawl's `PageReader`; a page whose thread died or ran out of time or memory comes back as an error. */
  readonly read: PageReader<ReadPage> = async (fetched) => {
    if (!this.pool) return readPage(fetched);
    try {
      return await this.pool.run<{ links: PageLinks; content: ReadPage }>(fetched);
    } catch (error) {
      return { links: NO_LINKS, content: { error: error instanceof Error ? error.message : String(error) } };
    }
  };

  async close(): Promise<void> {
    await this.pool?.close();
  }
}
