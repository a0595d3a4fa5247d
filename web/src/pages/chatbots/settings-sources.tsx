import { Link } from 'react-router';
import { Select, TextArea, TextField, UrlField } from '../../ui/fields';
import { formatDate } from '../../ui/format';
import type { Draft } from './settings-draft';
import type { SectionProps } from './settings-fields';
import { chatbotPath, type Chatbot } from './types';

/** What the chatbot learns from, how far the crawler goes, and how often it crawls again. */
export function SourceFields({ draft, set, errors, chatbot }: SectionProps & { chatbot: Chatbot }) {
  return (
    <fieldset className="panel stack">
      <legend>What it learns from</legend>
      <p className="muted">
        Changes here are used at the next training (Retrain on the Overview tab). Texts, questions with their answers
        and files are added on the <Link to={chatbotPath(chatbot.id, 'sources')}>Sources tab</Link>.
      </p>
      <UrlField
        label="Website URL"
        value={draft.website_url}
        onChange={(e) => set('website_url', e.target.value)}
        onComplete={(url) => set('website_url', url)}
        error={errors.field('website_url')}
        hint="The start page; the crawler follows its links on the same site."
      />
      <UrlField
        label="Sitemap URL"
        value={draft.sitemap_url}
        onChange={(e) => set('sitemap_url', e.target.value)}
        onComplete={(url) => set('sitemap_url', url)}
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
      <Select
        label="Re-crawl the website"
        value={draft.retrain_schedule}
        onChange={(e) => set('retrain_schedule', e.target.value as Draft['retrain_schedule'])}
        error={errors.field('retrain_schedule')}
        hint={scheduleHint(chatbot, draft)}
      >
        <option value="off">Off: only when you retrain it</option>
        <option value="daily">Daily</option>
        <option value="weekly">Weekly</option>
      </Select>
    </fieldset>
  );
}

/** When the next scheduled crawl is, as saved. */
function scheduleHint(chatbot: Chatbot, draft: Draft): string {
  const about = 'Only pages that changed are read again.';
  if (draft.retrain_schedule !== chatbot.retrain_schedule)
    return draft.retrain_schedule === 'off'
      ? 'Saving stops the scheduled crawls.'
      : `Saving schedules the next crawl. ${about}`;
  if (chatbot.retrain_schedule === 'off') return 'Retrain by hand from the Overview tab after your website changes.';
  return `Next crawl: ${formatDate(chatbot.next_retrain_at)}. ${about}`;
}
