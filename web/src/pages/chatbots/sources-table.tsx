import { Link } from 'react-router';
import { Button } from '../../ui/buttons';
import { StatusBadge } from '../../ui/feedback';
import { formatBytes, formatDate, formatNumber, plural } from '../../ui/format';
import { SafeLink } from '../../ui/safe-link';
import { chatbotPath, isCrawlSource, type KnowledgeSource } from './types';
import { TableWrap } from '../../ui/table-wrap';

const KIND: Record<string, string> = {
  text: 'Text',
  qna: 'Q&A',
  file: 'File',
  website: 'Website',
  sitemap: 'Sitemap',
  urls: 'Pages',
};
/** The kinds edited here; the crawl's are the chatbot's settings, edited there. */
const EDITABLE = new Set(['text', 'qna', 'file']);

/** The sources as a table (cards on a phone): what each is, whether it is trained, and its actions. */
export function SourcesTable({
  chatbotId,
  sources,
  onEdit,
  onDelete,
  onRetrain,
}: {
  chatbotId: string;
  sources: KnowledgeSource[];
  onEdit(source: KnowledgeSource): void;
  onDelete(source: KnowledgeSource): void;
  /** Trains a failed source again, as it is. */
  onRetrain(source: KnowledgeSource): void;
}) {
  return (
    <TableWrap>
      <table className="cb-cards">
        <thead>
          <tr>
            <th scope="col">Source</th>
            <th scope="col">Status</th>
            <th scope="col" className="num">
              Characters
            </th>
            <th scope="col">Last trained</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => (
            <tr key={s.id}>
              <td className="cb-source-cell">
                <div className="cb-source-title">
                  <span className={`badge badge-kind-${s.type}`}>{KIND[s.type] ?? s.type}</span> {s.title}
                </div>
                <SourceDetails source={s} />
              </td>
              <td data-label="Status">
                <div>
                  <StatusBadge status={s.status} />
                  {s.status === 'failed' && (
                    <>
                      <div className="cb-fail">{s.error ?? 'Training failed; no reason was given.'}</div>
                      <div className="cb-small">
                        <Button variant="link" onClick={() => onRetrain(s)}>
                          Train again<span className="visually-hidden"> “{s.title}”</span>
                        </Button>
                      </div>
                    </>
                  )}
                  {(s.status === 'pending' || s.status === 'training') && (
                    <div className="muted cb-small">Answers use it once trained.</div>
                  )}
                </div>
              </td>
              <td data-label="Characters" className="num">
                {s.characters > 0 ? formatNumber(s.characters) : '—'}
              </td>
              <td data-label="Last trained" className="cb-nowrap">
                {formatDate(s.last_trained_at)}
              </td>
              <td className="cb-row-actions">
                <div className="actions">
                  <SafeLink href={s.url} className="cb-small">
                    View
                    <span className="visually-hidden">
                      {' '}
                      “{s.title}”{isCrawlSource(s) ? '' : ' as answers cite it'}
                    </span>
                  </SafeLink>
                  {EDITABLE.has(s.type) && (
                    <Button onClick={() => onEdit(s)} aria-label={`Edit “${s.title}”`}>
                      Edit
                    </Button>
                  )}
                  {isCrawlSource(s) && (
                    <Link
                      className="btn btn-secondary"
                      to={chatbotPath(chatbotId, 'settings')}
                      aria-label={`Change “${s.title}” in Settings`}
                    >
                      Change
                    </Link>
                  )}
                  <Button onClick={() => onDelete(s)} aria-label={`Delete “${s.title}”`}>
                    Delete
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A line under the title: the Q&A's answer, the file's name and size, the crawl's limits and pages. */
function SourceDetails({ source: s }: { source: KnowledgeSource }) {
  if (isCrawlSource(s)) {
    const first = s.urls?.[0];
    return (
      <div className="muted cb-small cb-url">
        {s.type === 'website' && s.crawl?.max_pages !== undefined && (
          <div>
            Crawled up to {plural(s.crawl.max_pages, 'page')}
            {s.crawl.max_depth !== undefined && `, ${plural(s.crawl.max_depth, 'link')} deep`}.
          </div>
        )}
        {s.type === 'sitemap' && <div>The pages it lists are crawled with the website.</div>}
        {first && <div>{s.urls!.length > 1 ? `${first} and ${formatNumber(s.urls!.length - 1)} more` : first}</div>}
        <div>{plural(s.pages, 'page')} learned from the crawl.</div>
      </div>
    );
  }
  if (s.type === 'qna') {
    const others = s.alternatives?.length ?? 0;
    return (
      <div className="muted cb-small">
        <span className="cb-clamp">{s.answer}</span>
        {others > 0 && <div>Also asked as {plural(others, 'other wording')}.</div>}
        {s.from_message_id && <div>Added from a conversation.</div>}
      </div>
    );
  }
  if (s.type === 'file' && s.file) {
    return (
      <div className="muted cb-small cb-url">
        {s.file.name ?? 'Unnamed file'} · {formatBytes(s.file.size)}
        {s.pages > 1 && ` · ${plural(s.pages, 'page')}`}
      </div>
    );
  }
  return s.chunks > 0 ? <div className="muted cb-small">{plural(s.chunks, 'passage')}</div> : null;
}
