import type { IndexedPage } from './index-page.js';

/**
 * The language of a site's pages, as one training reads them: the one most
 * of the pages sure of theirs are in (the first to lead, on a tie — the
 * start page's, as a crawl reads it first); until one is read, that of the
 * index a previous training left (`stored`). A page that is not sure of its
 * own language takes it.
 */
export class SiteLanguage {
  private readonly pages = new Map<string, number>();
  private leader: string | null = null;

  constructor(private readonly stored: string | null) {}

  /** Counts a page's language, when it is sure of it. */
  note(page: IndexedPage): void {
    const language = page.chunks[0]?.language;
    if (!page.languageSure || !language || language === 'und') return;
    const count = (this.pages.get(language) ?? 0) + 1;
    this.pages.set(language, count);
    if (this.leader === null || count > this.pages.get(this.leader)!) this.leader = language;
  }

  /** The site's language so far, or null before any page was sure of its own (in this training or an earlier one). */
  get current(): string | null {
    return this.leader ?? this.stored;
  }
}
