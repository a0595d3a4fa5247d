import { useState } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { EmptyState, Notice, Pending } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { formatNumber } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { Pagination } from '../../ui/pagination';
import { readTags } from './bulk-api';
import './bulk.css';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 50;

/** /contacts/tags: every tag of the workspace with how many contacts carry it, most used first. */
export function TagsPage() {
  const [search, setSearch] = useState('');
  const [page, setPage] = useState(1);
  const list = useApi(readTags({ search: search.trim() || undefined, page, per_page: PER_PAGE }));
  const data = list.data;
  return (
    <>
      <PageHeader title="Tags" back={<Link to="/contacts">← Contacts</Link>} />
      <p className="muted">
        Capitals do not matter: <em>VIP</em> and <em>vip</em> are the same tag, shown as first written.
      </p>
      <div className="tags-search">
        <TextField
          label="Find a tag"
          type="search"
          value={search}
          placeholder="Starts with…"
          onChange={(e) => {
            setSearch(e.target.value);
            setPage(1);
          }}
        />
      </div>
      {list.error && <Notice tone="warning">The tags could not be loaded. Check your connection and try again.</Notice>}
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading tags…" />
      ) : data.data.length === 0 ? (
        <EmptyState title={search.trim() ? 'No tag starts with that' : 'No tags yet'}>
          Tag contacts from the contacts list: tick them, choose “Add a tag”.
        </EmptyState>
      ) : (
        <>
          <TableWrap>
            <table className="tags-table" aria-label="Tags" aria-busy={list.loading || undefined}>
              <thead>
                <tr>
                  <th scope="col">Tag</th>
                  <th scope="col" className="tags-count">
                    Contacts
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((t) => (
                  <tr key={t.tag}>
                    <td>
                      <Link className="badge contacts-tag" to={`/contacts?tag=${encodeURIComponent(t.tag)}`}>
                        {t.tag}
                      </Link>
                    </td>
                    <td className="tags-count">{formatNumber(t.contacts)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page} total={data.total} onPage={setPage} />
        </>
      )}
    </>
  );
}
