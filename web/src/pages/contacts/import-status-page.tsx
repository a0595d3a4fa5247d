import { Link, useParams } from 'react-router';
import { ApiFailure, withQuery } from '../../api/client';
import { useApi, usePolling } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending, StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { readImport } from './api';
import { formatBytes } from './import-format';
import { ImportErrors } from './import-errors';
import { ImportSummary } from './import-summary';
import { isRunning } from './types';

const POLL_MS = 1000;
const back = <Link to="/contacts/import">← Imports</Link>;

/** /contacts/imports/:id: an import's live progress, then its result and the rows that failed. */
export function ImportStatusPage() {
  const { id = '' } = useParams();
  const loaded = useApi(readImport(id));
  const imp = loaded.data?.id === id ? loaded.data : undefined;
  usePolling(() => loaded.reload(true), POLL_MS, imp !== undefined && isRunning(imp));

  if (!imp) {
    const missing = loaded.error instanceof ApiFailure && loaded.error.status === 404;
    return (
      <>
        <PageHeader title="Import" back={back} />
        {missing ? (
          <EmptyState title="There is no import here" action={<Link to="/contacts/import">See your imports</Link>}>
            The address may be mistyped.
          </EmptyState>
        ) : (
          <>
            <ErrorNote error={loaded.error} />
            <Pending error={loaded.error} reload={loaded.reload} label="Loading import…" />
          </>
        )}
      </>
    );
  }

  const tag = imp.options.tags[0];
  return (
    <>
      <PageHeader title={`Import of ${imp.filename ?? 'a CSV file'}`} back={back}>
        <StatusBadge status={imp.status} />
      </PageHeader>
      <p className="muted">
        {formatBytes(imp.bytes)} · started {formatDate(imp.created_at)}
        {imp.finished_at && ` · finished ${formatDate(imp.finished_at)}`}
        {imp.options.tags.length > 0 && ` · tags added: ${imp.options.tags.join(', ')}`}
        {!imp.options.update_existing && ' · existing contacts left untouched'}
        {imp.options.status && ` · status: ${imp.options.status}`}
      </p>
      {/* A failed poll keeps the last progress shown and says why it is not moving. */}
      <ErrorNote error={loaded.error} />
      <div aria-live="polite" className="stack contacts-import-result">
        {imp.status === 'completed' && (
          <Notice tone={imp.failed > 0 ? 'warning' : 'success'}>
            Import finished: {plural(imp.created, 'contact')} created, {formatNumber(imp.updated)} updated,{' '}
            {formatNumber(imp.skipped)} skipped, {formatNumber(imp.failed)} failed.
          </Notice>
        )}
        {imp.status === 'failed' && (
          <div className="note note-error" role="alert">
            The import stopped: {imp.error ?? 'the server gave no reason.'} Rows imported before it stopped are kept.
          </div>
        )}
      </div>
      <ImportSummary imp={imp} />
      {!isRunning(imp) && (
        <div className="actions contacts-import-next">
          <Link className="btn btn-primary" to={tag ? withQuery('/contacts', { tag }) : '/contacts'}>
            {tag ? `See contacts tagged ${tag}` : 'See the contacts'}
          </Link>
          <Link className="btn btn-secondary" to="/contacts/import">
            Import another file
          </Link>
        </div>
      )}
      {isRunning(imp) && (
        <p className="muted">You can leave this page: the import carries on, and its progress is kept under Imports.</p>
      )}
      <ImportErrors imp={imp} />
    </>
  );
}
