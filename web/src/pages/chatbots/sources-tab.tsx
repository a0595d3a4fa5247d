import { useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useAction, useApi, usePolling } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { EmptyState, ErrorNote, Loading, Notice } from '../../ui/feedback';
import { formatNumber } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { deleteSource, readSources, trainSource } from './api';
import type { TabProps } from './chatbot-page';
import { FileTitleForm, QnaSourceForm, TextSourceForm } from './source-forms';
import { UploadSourceForm } from './source-upload';
import { SourcesTable } from './sources-table';
import { isCrawlSource, type KnowledgeSource } from './types';

const PER_PAGE = 25;
const POLL_MS = 1500;
type Kind = 'text' | 'qna' | 'file';
const KINDS: Array<{ kind: Kind; label: string }> = [
  { kind: 'text', label: 'Text' },
  { kind: 'qna', label: 'Question & answer' },
  { kind: 'file', label: 'File' },
];

/** Texts, Q&As and files the chatbot learns from besides its website; statuses refresh while any trains. */
export function SourcesTab({ chatbot, refresh }: TabProps) {
  const [params, setParams] = useSearchParams();
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useApi(readSources(chatbot.id, { page, per_page: PER_PAGE }));
  // The crawl's sources wait (pending) for a training that may never be started, so only a running one is followed.
  const busy =
    chatbot.status === 'training' ||
    (list.data?.data.some((s) => s.status === 'training' || (s.status === 'pending' && !isCrawlSource(s))) ?? false);
  usePolling(() => list.reload(true), POLL_MS, busy);

  const [kind, setKind] = useState<Kind>('text');
  const [editing, setEditing] = useState<KnowledgeSource>();
  const [deleting, setDeleting] = useState<KnowledgeSource>();
  const [notice, setNotice] = useState<string>();
  const remove = useAction((s: KnowledgeSource) => deleteSource(chatbot.id, s.id));
  const retrain = useAction((s: KnowledgeSource) => trainSource(chatbot.id, s.id));

  // Newest first: a new source shows at the top of the first page.
  const showNew = () => (page === 1 ? void list.reload(true) : setParams({}));
  const added = (s: KnowledgeSource) => {
    setNotice(`Added “${s.title}”. It is training now; the chatbot answers from it once it shows as trained below.`);
    showNew();
  };
  const edited = (s: KnowledgeSource) => {
    setEditing(undefined);
    setNotice(`Saved “${s.title}”. It trains again; until then the chatbot answers from its previous version.`);
    void list.reload(true);
  };
  const trainAgain = async (s: KnowledgeSource) => {
    setNotice(undefined);
    if (!(await retrain.run(s))) return;
    setNotice(`Training “${s.title}” again.`);
    void list.reload(true);
    // Training a crawl source again is the chatbot's crawl.
    if (isCrawlSource(s)) refresh();
  };
  const confirmDelete = async () => {
    if (!deleting) return;
    setNotice(undefined);
    if (!(await remove.run(deleting))) return;
    setNotice(`Deleted “${deleting.title}”. The chatbot no longer answers from it.`);
    setDeleting(undefined);
    if (editing?.id === deleting.id) setEditing(undefined);
    void list.reload(true);
    // The crawl's sources are the chatbot's settings: they changed.
    if (isCrawlSource(deleting)) refresh();
  };

  return (
    <section className="stack" aria-label="Sources">
      <p className="muted">
        What the chatbot learns from: your website (set in Settings) and what you add here — texts, questions with the
        answer to give, and documents. Each trains in the background; the chatbot keeps answering meanwhile.
      </p>
      {editing ? (
        <EditSource
          key={editing.id}
          chatbotId={chatbot.id}
          source={editing}
          onSaved={edited}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <section className="panel stack" aria-labelledby="add-source-heading">
          <h2 id="add-source-heading">Add a source</h2>
          <fieldset className="cb-segmented" aria-label="Kind of source">
            {KINDS.map((k) => (
              <Button
                key={k.kind}
                aria-pressed={kind === k.kind}
                onClick={() => (setNotice(undefined), setKind(k.kind))}
              >
                {k.label}
              </Button>
            ))}
          </fieldset>
          {kind === 'text' && <TextSourceForm chatbotId={chatbot.id} onSaved={added} />}
          {kind === 'qna' && <QnaSourceForm chatbotId={chatbot.id} onSaved={added} />}
          {kind === 'file' && <UploadSourceForm chatbotId={chatbot.id} onSaved={added} />}
        </section>
      )}
      {notice && <Notice tone="success">{notice}</Notice>}

      <h2 className="cb-list-heading">
        Sources{list.data && list.data.total > 0 ? ` (${formatNumber(list.data.total)})` : ''}
      </h2>
      <ErrorNote error={list.error} />
      <ErrorNote error={retrain.error} />
      {list.loading && !list.data && <Loading />}
      {list.data && list.data.total === 0 && (
        <EmptyState title="No sources yet">
          Nothing to learn from yet: add your website in Settings, or a text, a question with its answer, or a file
          above. Answers cite each source by a page of its own.
        </EmptyState>
      )}
      {list.data && list.data.data.length > 0 && (
        <>
          <SourcesTable
            chatbotId={chatbot.id}
            sources={list.data.data}
            onEdit={(s) => (setNotice(undefined), setEditing(s))}
            onDelete={(s) => (remove.setError(undefined), setDeleting(s))}
            onRetrain={(s) => void trainAgain(s)}
          />
          <Pagination
            page={page}
            perPage={PER_PAGE}
            total={list.data.total}
            onPage={(p) => setParams(p > 1 ? { page: String(p) } : {})}
          />
        </>
      )}
      <ConfirmDialog
        open={deleting !== undefined}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete source"
        pending={remove.pending}
        onConfirm={() => void confirmDelete()}
        onCancel={() => setDeleting(undefined)}
      >
        {deleting && isCrawlSource(deleting) ? (
          <p>
            The chatbot stops crawling it (its setting is removed) and answers only from what else it learns from; the
            last of the website, sitemap and page URLs takes the crawled pages with it. This cannot be undone.
          </p>
        ) : (
          <p>The chatbot stops answering from it at once, and its page is gone. This cannot be undone.</p>
        )}
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </section>
  );
}

/** The form of a source's own type, in a panel that takes focus when it opens. */
function EditSource({
  chatbotId,
  source,
  onSaved,
  onCancel,
}: {
  chatbotId: string;
  source: KnowledgeSource;
  onSaved(s: KnowledgeSource): void;
  onCancel(): void;
}) {
  const panel = useRef<HTMLElement>(null);
  useEffect(() => {
    panel.current?.scrollIntoView({ block: 'start' });
    panel.current?.querySelector<HTMLElement>('input, textarea')?.focus({ preventScroll: true });
  }, []);
  const props = { chatbotId, source, onSaved, onCancel };
  return (
    <section ref={panel} className="panel stack" aria-labelledby="edit-source-heading">
      <h2 id="edit-source-heading" className="cb-url">
        Edit “{source.title}”
      </h2>
      {source.type === 'text' && <TextSourceForm {...props} />}
      {source.type === 'qna' && <QnaSourceForm {...props} />}
      {source.type === 'file' && <FileTitleForm {...props} />}
    </section>
  );
}
