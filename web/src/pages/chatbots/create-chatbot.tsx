import { useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, useFocusInvalid } from '../../ui/feedback';
import { TextArea, TextField, UrlField } from '../../ui/fields';
import { completeUrl } from '../../ui/validate';
import { PageHeader } from '../../ui/layout';
import { createChatbot } from './api';
import { wholeNumber } from './form-values';
import { chatbotPath } from './types';

const FIELDS = ['name', 'website_url', 'sitemap_url', 'crawl.max_pages', 'instructions'] as const;
const LABELS = {
  name: 'Name',
  website_url: 'Website URL',
  sitemap_url: 'Sitemap URL',
  'crawl.max_pages': 'Max pages',
  instructions: 'Instructions',
};

/** A typed address completed (`example.com` → `https://example.com/`); what cannot be one is sent for the server to name. */
const typedUrl = (text: string) => (text.trim() ? (completeUrl(text) ?? text.trim()) : undefined);

/** Name and website, then straight to the chatbot's page, where training shows its progress. */
export function CreateChatbot() {
  const navigate = useNavigate();
  const [form, setForm] = useState({ name: '', website_url: '', sitemap_url: '', max_pages: '', instructions: '' });
  const create = useAction(createChatbot);
  const errors = formErrors(create.error, LABELS);
  const [more, setMore] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  useFocusInvalid(formRef, create.error);
  // A server error about a field under "More options" opens them, in the same render, so the field can take focus.
  const hiddenError = FIELDS.slice(2).some((f) => errors.field(f));
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const maxPages = wholeNumber(form.max_pages);
    const chatbot = await create.run({
      name: form.name,
      website_url: typedUrl(form.website_url),
      sitemap_url: typedUrl(form.sitemap_url),
      instructions: form.instructions.trim() || undefined,
      crawl: maxPages === undefined ? undefined : { max_pages: maxPages },
    });
    if (chatbot) navigate(chatbotPath(chatbot.id));
  };

  return (
    <>
      <PageHeader title="New chatbot" back={<Link to="/chatbots">← Chatbots</Link>} />
      <form ref={formRef} className="panel cb-form" onSubmit={submit} noValidate>
        <ErrorNote error={errors.general} />
        <TextField
          label="Name"
          required
          maxLength={100}
          value={form.name}
          onChange={set('name')}
          error={errors.field('name')}
          hint="Shown in the dashboard, and to visitors at the top of the chat unless you give the widget a display name in the settings, e.g. “Support”."
        />
        <UrlField
          label="Website URL"
          placeholder="https://www.example.com/"
          value={form.website_url}
          onChange={set('website_url')}
          onComplete={(url) => setForm((f) => ({ ...f, website_url: url }))}
          error={errors.field('website_url')}
          hint="The start page. Grivo follows its links on the same site and reads its sitemap, then answers from those pages."
        />
        <details className="cb-more" open={more || hiddenError} onToggle={(e) => setMore(e.currentTarget.open)}>
          <summary>More options</summary>
          <div className="stack">
            <UrlField
              label="Sitemap URL"
              placeholder="https://www.example.com/sitemap.xml"
              value={form.sitemap_url}
              onChange={set('sitemap_url')}
              onComplete={(url) => setForm((f) => ({ ...f, sitemap_url: url }))}
              error={errors.field('sitemap_url')}
              hint="Optional. Found on its own in robots.txt or at /sitemap.xml."
            />
            <TextField
              label="Max pages"
              type="number"
              min={1}
              inputMode="numeric"
              value={form.max_pages}
              onChange={set('max_pages')}
              error={errors.field('crawl.max_pages')}
              hint="Optional. The most pages to learn; your plan's limit when empty."
            />
            <TextArea
              label="Instructions"
              maxLength={10000}
              value={form.instructions}
              onChange={set('instructions')}
              error={errors.field('instructions')}
              hint="Optional. How the chatbot should answer, e.g. “Be brief and friendly.”"
            />
          </div>
        </details>
        <Button type="submit" variant="primary" pending={create.pending}>
          Create chatbot
        </Button>
      </form>
    </>
  );
}
