import { createCrawlAgent } from './crawl-agent.js';
import { createFrontier, type Frontier, type FrontierItem } from './crawl-frontier.js';
import { createCrawlHosts } from './crawl-hosts.js';
import type { HtmlDocument } from '../../lib/html/dom.js';
import type { CrawlEvent, CrawlOptions } from './crawl-types.js';
import { fetchResource } from './fetch-resource.js';
import { normalizeUrl, siteHostsOf } from './normalize-url.js';
import { processUrl, readDocument, type ProcessContext, type UrlOutcome } from './process-url.js';
import { seedFromSitemaps } from './seed-from-sitemaps.js';
import { settleOutcome } from './settle-outcome.js';
import { createUrlFilter, type UrlFilter } from './url-patterns.js';

export type * from './crawl-types.js';

const DEFAULT_MAX_DEPTH = 10;
const DEFAULT_CONCURRENCY_PER_HOST = 4;
// Most hosts are the start site; a few more slots let listed URLs elsewhere proceed alongside.
const EXTRA_SLOTS = 4;
const PROGRESS_INTERVAL_MS = 250;

type Settled = { task: Promise<Settled>; item: FrontierItem } & ({ outcome: UrlOutcome } | { error: unknown });

/**
 * Crawls a site breadth first and yields what it finds. Per-URL problems are
 * `skipped` events; the generator throws only for a bad start URL or when
 * `signal` aborts (with its reason). Nothing is fetched ahead of the consumer
 * by more than the in-flight requests, so a slow consumer slows the crawl.
 * Pages are read by `options.readPage`; without one, a page's content is its
 * parsed document.
 */
export async function* crawlSite<Content = HtmlDocument>(
  options: CrawlOptions<Content>,
): AsyncGenerator<CrawlEvent<Content>, void, undefined> {
  const start = normalizeUrl(options.startUrl);
  if (!start) throw new TypeError(`start URL must be an http(s) URL, got ${options.startUrl}`);
  options.signal?.throwIfAborted();
  // Our own controller also stops in-flight work when the consumer stops early.
  const controller = new AbortController();
  const abort = () => controller.abort(options.signal?.reason);
  options.signal?.addEventListener('abort', abort, { once: true });
  const agent = createCrawlAgent({ allowPrivate: options.allowPrivate, resolveHost: options.resolveHost });
  const concurrency = options.concurrencyPerHost ?? DEFAULT_CONCURRENCY_PER_HOST;
  const hosts = createCrawlHosts({
    concurrency,
    signal: controller.signal,
    fetch: (url, extras) =>
      fetchResource(url, {
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        ...extras,
        agent,
        policy: { allowPrivate: options.allowPrivate },
        signal: controller.signal,
      }),
  });
  const filter = createUrlFilter(options.include, options.exclude);
  const frontier = createFrontier({
    siteHosts: siteHostsOf(start),
    maxDepth: options.maxDepth ?? DEFAULT_MAX_DEPTH,
    filter,
  });
  try {
    frontier.add(options.startUrl, 0, 'start');
    for (const url of options.urls ?? []) {
      if (normalizeUrl(url)) frontier.add(url, 0, 'listed');
      else yield { type: 'skipped', url, reason: 'invalid_url', detail: 'not an http(s) URL' };
    }
    yield* await seedFromSitemaps({ start, sitemapUrl: options.sitemapUrl ?? null, hosts, frontier });
    const context: ProcessContext = {
      hosts,
      known: options.known,
      isSameSite: (url) => frontier.isSameSite(url),
      readPage: options.readPage ?? readDocument,
    };
    // Every page's content came from the reader the caller gave (or the document, when none).
    yield* runQueue(frontier, context, filter, options, concurrency + EXTRA_SLOTS) as AsyncGenerator<
      CrawlEvent<Content>
    >;
  } finally {
    controller.abort();
    options.signal?.removeEventListener('abort', abort);
    await agent.destroy().catch(() => undefined);
  }
}

async function* runQueue(
  frontier: Frontier,
  context: ProcessContext,
  filter: UrlFilter,
  options: Pick<CrawlOptions<unknown>, 'maxPages' | 'signal'>,
  maxInFlight: number,
): AsyncGenerator<CrawlEvent<unknown>> {
  const inFlight = new Set<Promise<Settled>>();
  let done = 0;
  let lastProgress = performance.now();
  yield { type: 'progress', found: frontier.found, done, leftOut: 0 };

  for (;;) {
    // Never start more pages than could still be emitted; a skipped one frees its slot for the next.
    while (inFlight.size < maxInFlight && frontier.emitted + inFlight.size < options.maxPages) {
      const item = frontier.next();
      if (!item) break;
      if (frontier.hasEmitted(item.key)) {
        // Emitted meanwhile as another page's canonical or redirect target: nothing to fetch or report.
        done++;
        continue;
      }
      const task: Promise<Settled> = processUrl(item, context).then(
        (outcome) => ({ task, item, outcome }),
        (error: unknown) => ({ task, item, error }),
      );
      inFlight.add(task);
    }
    if (inFlight.size === 0) break;
    const settled = await Promise.race(inFlight);
    inFlight.delete(settled.task);
    if ('error' in settled) {
      if (options.signal?.aborted) throw options.signal.reason;
      throw settled.error;
    }
    done++;
    const event = settleOutcome(settled.item, settled.outcome, frontier, filter);
    if (event) yield event;
    if (performance.now() - lastProgress >= PROGRESS_INTERVAL_MS) {
      lastProgress = performance.now();
      yield { type: 'progress', found: frontier.found, done, leftOut: 0 };
    }
  }
  yield { type: 'progress', found: frontier.found, done, leftOut: frontier.pending };
}
