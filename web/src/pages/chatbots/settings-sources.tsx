import { TextArea, TextField } from '../../ui/fields';
import type { SectionProps } from './settings-fields';

/** What the chatbot learns from, and how far the crawler goes. */
export function SourceFields({ draft, set, errors }: SectionProps) {
  return (
    <fieldset className="panel stack">
      <legend>What it learns from</legend>
      <p className="muted">Changes here are used at the next training (Retrain on the Overview tab).</p>
      <TextField
        label="Website URL"
        type="url"
        inputMode="url"
        value={draft.website_url}
        onChange={(e) => set('website_url', e.target.value)}
        error={errors.field('website_url')}
        hint="The start page; the crawler follows its links on the same site."
      />
      <TextField
        label="Sitemap URL"
        type="url"
        inputMode="url"
        value={draft.sitemap_url}
        onChange={(e) => set('sitemap_url', e.target.value)}
        error={errors.field('sitemap_url')}
        hint="Optional: found on its own in robots.txt or at /sitemap.xml."
      />
      <TextArea
        label="Extra page URLs"
        className="cb-short mono"
        value={draft.urls}
        onChange={(e) => set('urls', e.target.value)}
        error={errors.field('urls')}
        hint="One a line: pages to learn besides the crawl, on any site."
      />
      <div className="grid-2">
        <TextField
          label="Max pages"
          type="number"
          min={1}
          inputMode="numeric"
          value={draft.max_pages}
          onChange={(e) => set('max_pages', e.target.value)}
          error={errors.field('crawl.max_pages')}
          hint="At most your plan's pages per chatbot."
        />
        <TextField
          label="Max link depth"
          type="number"
          min={0}
          max={50}
          inputMode="numeric"
          value={draft.max_depth}
          onChange={(e) => set('max_depth', e.target.value)}
          error={errors.field('crawl.max_depth')}
          hint="Link hops from the start page, 0–50."
        />
      </div>
      <div className="grid-2">
        <TextArea
          label="Only these paths"
          className="cb-short mono"
          value={draft.include}
          onChange={(e) => set('include', e.target.value)}
          error={errors.field('crawl.include')}
          hint="One a line, * a wildcard, e.g. /docs/*. Empty: every path."
        />
        <TextArea
          label="Never these paths"
          className="cb-short mono"
          value={draft.exclude}
          onChange={(e) => set('exclude', e.target.value)}
          error={errors.field('crawl.exclude')}
          hint="One a line, e.g. /blog/*. Wins over the paths above."
        />
      </div>
    </fieldset>
  );
}
