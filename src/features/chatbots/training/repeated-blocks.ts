import type { Database } from '../../../storage/database.js';
import { cutBlocks, pageBlockKeys } from '../extract/blocks.js';
import { analyzeChunkText } from './index-page.js';
import {
  cutPageBlocks,
  loadBlockPages,
  loadExtractedTexts,
  saveBlockKeys,
  type BlockPage,
  type Recut,
} from './repeated-store.js';

// A block is the site's chrome when it is on at least half of the pages a
// training kept in its language (of a site in three languages, each has its
// own chrome), and on three at least. Page builders put their chrome (a
// cookie notice, the header's tagline, a newsletter box, the footer's
// address and hours) on every page, or on every page of a template (the
// blog's posts, the shop's products), which on a small business's site is
// most of it; content that pages share (a pricing paragraph on two product
// pages, a note on a few guides) is on a few, well under half of any site
// but the smallest, and on two pages never: a site of two pages is read as
// it is. A block on half the pages is no evidence for any of them: their
// own words must rank them. On the documentation bench:answers reads, the
// block on most pages is Python's "New in version 3.2." (77 of 457, 17 %),
// PostgreSQL's "-V --version" (31 of 1,152), the Debian Reference's two of
// 14: none is near half, and none is cut.
const MIN_SHARE = 0.5;
const MIN_PAGES = 3;
// Pages rewritten in one transaction: the term statistics are adjusted once for them.
const PAGES_PER_BATCH = 32;

/**
 * Keeps each block repeated across the crawl's pages once: on the page
 * nearest the site's root that holds it (the home page, for a site's chrome),
 * cut from the chunks of every other, so a question ranks pages by their
 * own words while what only the chrome says (the footer's phone number)
 * stays answerable, cited once. Run after a training's crawl, on the pages it
 * kept: pages added or gone change the counts, so a block may be cut anew,
 * or put back. Only pages whose cut changes are rewritten; a chunk whose
 * blocks are all cut keeps its row, unsearchable, to be put back.
 */
export async function keepRepeatedBlocksOnce(
  database: Database,
  target: { workspaceId: string; chatbotId: string },
  run: number,
): Promise<void> {
  const pages = await loadBlockPages(database.db, target.chatbotId, run);
  await readMissingKeys(database, pages);
  const keepers = repeatedBlocks(pages);
  const changed = pages.flatMap((page) => {
    const cut = cutOf(page, keepers);
    return sameKeys(cut, page.cut) ? [] : [{ id: page.id, cut }];
  });
  for (let i = 0; i < changed.length; i += PAGES_PER_BATCH)
    await cutPageBlocks(database, target, changed.slice(i, i + PAGES_PER_BATCH), recut);
}

/**
 * The blocks on enough of the pages to be the site's chrome, each with the
 * page that keeps it: the one nearest the root (fewest path segments, then
 * shortest URL), so the same page keeps it from one training to the next.
 */
export function repeatedBlocks(
  pages: readonly Pick<BlockPage, 'id' | 'url' | 'blockKeys' | 'language'>[],
): Map<string, string> {
  const pagesIn = new Map<string, number>();
  for (const page of pages) pagesIn.set(page.language, (pagesIn.get(page.language) ?? 0) + 1);
  const holders = new Map<string, { count: number; keeper: (typeof pages)[number]; languages: Set<string> }>();
  for (const page of pages)
    for (const key of page.blockKeys ?? []) {
      const seen = holders.get(key);
      if (!seen) holders.set(key, { count: 1, keeper: page, languages: new Set([page.language]) });
      else {
        seen.count++;
        seen.languages.add(page.language);
        if (nearerRoot(page.url, seen.keeper.url)) seen.keeper = page;
      }
    }
  const keepers = new Map<string, string>();
  for (const [key, { count, keeper, languages }] of holders) {
    // Of the pages in the languages of those that hold it: an address in no language is on all of them.
    const among = [...languages].reduce((sum, language) => sum + pagesIn.get(language)!, 0);
    if (count >= Math.max(MIN_PAGES, Math.ceil(among * MIN_SHARE))) keepers.set(key, keeper.id);
  }
  return keepers;
}

/** The repeated blocks a page holds and another page keeps: cut from its chunks. */
function cutOf(page: BlockPage, keepers: ReadonlyMap<string, string>): string[] {
  return (page.blockKeys ?? []).filter((key) => {
    const keeper = keepers.get(key);
    return keeper !== undefined && keeper !== page.id;
  });
}

function nearerRoot(a: string, b: string): boolean {
  const depth = (url: string) => pathOf(url).split('/').filter(Boolean).length;
  const [da, db] = [depth(a), depth(b)];
  if (da !== db) return da < db;
  if (a.length !== b.length) return a.length < b.length;
  return a < b;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

const sameKeys = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((k, i) => k === b[i]);

/** Pages indexed before block keys were kept get theirs from their chunks, once. */
async function readMissingKeys(database: Database, pages: BlockPage[]): Promise<void> {
  const missing = pages.filter((p) => p.blockKeys === null);
  for (let i = 0; i < missing.length; i += PAGES_PER_BATCH) {
    const batch = missing.slice(i, i + PAGES_PER_BATCH);
    const texts = await loadExtractedTexts(
      database.db,
      batch.map((p) => p.id),
    );
    for (const page of batch) {
      page.blockKeys = pageBlockKeys(texts.get(page.id) ?? []);
      await saveBlockKeys(database.db, page.id, page.blockKeys);
    }
  }
}

/** A chunk's text as extracted, less the blocks cut from its page. */
const recut: Recut = (chunk, cut) => {
  const full = chunk.full_text ?? chunk.text;
  const text = cutBlocks(full, cut);
  if (text === chunk.text) return null;
  return { text, fullText: text === full ? null : full, analysis: analyzeChunkText(chunk, text) };
};
