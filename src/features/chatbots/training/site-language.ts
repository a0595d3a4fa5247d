import { detectPageLanguage } from '../../../lib/text-analysis/detect.js';
import type { IndexedPage } from './index-page.js';

/**
 * The language of a site's pages, as one training reads them: the one most
 * of the pages sure of theirs are in (the first to lead, on a tie — the
 * start page's, as a crawl reads it first); until one is read, that of the
 * index a previous training left, or of pages none sure of its own read
 * together (`assume`). A page that is not sure of its own language takes it.
 */
export class SiteLanguage {
  private readonly pages = new Map<string, number>();
  private leader: string | null = null;

  constructor(private assumed: string | null) {}

  /** Counts a page's language, when it is sure of it. */
  note(page: IndexedPage): void {
    const language = page.chunks[0]?.language;
    if (!page.languageSure || !language || language === 'und') return;
    const count = (this.pages.get(language) ?? 0) + 1;
    this.pages.set(language, count);
    if (this.leader === null || count > this.pages.get(this.leader)!) this.leader = language;
  }

  /** Takes `language` for the site's until a page is sure of its own. */
  assume(language: string): void {
    this.assumed = language;
  }

  /** The site's language so far, or null before anything told it. */
  get current(): string | null {
    return this.leader ?? this.assumed;
  }
}

// Each page's start, so that one long page does not make all of the sample.
const POOLED_CHARS_PER_PAGE = 400;

/** The language of pages none of which is sure of its own, read together; null if that is not sure either. */
export function pooledLanguage(pages: readonly IndexedPage[]): string | null {
  const text = pages.map((p) => `${p.title}\n${p.chunks[0]?.text ?? ''}`.slice(0, POOLED_CHARS_PER_PAGE)).join('\n');
  const { language, sure } = detectPageLanguage(text);
  return sure ? language : null;
}
