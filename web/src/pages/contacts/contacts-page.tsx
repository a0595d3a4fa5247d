import { Link, useLocation, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Notice, Pending } from '../../ui/feedback';
import { plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { readContacts } from './api';
import { ContactFiltersBar } from './contact-filters';
import { ContactsTable } from './contacts-table';
import { BulkActions, useSelection } from './bulk-actions';
import { ContactsEmpty } from './contacts-empty';
import { ExportLink } from './export-link';
import { filterQuery, useContactFilters } from './use-contact-filters';

/** /contacts: the filtered, paged list of contacts. */
export function ContactsPage() {
  const { filters, update, active } = useContactFilters();
  const [params] = useSearchParams();
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const list = useApi(readContacts({ ...filterQuery(filters), page: filters.page, per_page: filters.perPage }));
  const data = list.data;
  const selection = useSelection(data?.data.map((c) => c.id) ?? [], JSON.stringify(filters));

  const tagLink = (tag: string) => {
    const next = new URLSearchParams(params);
    next.set('tag', tag);
    next.delete('page');
    return `/contacts?${next}`;
  };
  // The tags in view, plus the one filtered on, as suggestions for the tag filter (there is no route listing every tag).
  const tags = [
    ...new Set([...(data?.data.flatMap((c) => c.tags) ?? []), ...(filters.tag ? [filters.tag] : [])]),
  ].sort();

  return (
    <>
      <PageHeader title="Contacts">
        <ExportLink filters={filters} active={active} />
        <Link className="btn btn-secondary" to="/contacts/tags">
          Tags
        </Link>
        <Link className="btn btn-secondary" to="/contacts/import">
          Import CSV
        </Link>
        <Link className="btn btn-primary" to="/contacts/new">
          Add contact
        </Link>
      </PageHeader>
      {notice && (
        <div className="contacts-notice">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}
      <ContactFiltersBar filters={filters} active={active} tags={tags} onChange={update} />
      <ErrorNote error={list.error} />
      {data && (
        <BulkActions
          selection={selection}
          total={data.total}
          filter={filterQuery(filters)}
          onChanged={() => void list.reload(true)}
        />
      )}
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading contacts…" />
      ) : data.data.length === 0 ? (
        <ContactsEmpty
          filtered={active}
          pastEnd={data.total > 0}
          onClear={() => update({ search: '', tag: '', status: '' })}
          onFirstPage={() => update({})}
        />
      ) : (
        <>
          <p className="muted contacts-count" aria-live="polite">
            {plural(data.total, 'contact')}
            {active && ' match these filters'}
            {list.loading && ' · updating…'}
          </p>
          <ContactsTable contacts={data.data} tagLink={tagLink} busy={list.loading} selection={selection} />
          <Pagination
            page={data.page}
            perPage={data.per_page}
            total={data.total}
            onPage={(page) => {
              update({ page });
              window.scrollTo({ top: 0 });
            }}
          />
        </>
      )}
    </>
  );
}
