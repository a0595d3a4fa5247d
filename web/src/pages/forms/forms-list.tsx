import { Link, useLocation } from 'react-router';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { SafeLink } from '../../ui/safe-link';
import { readForms } from './api';
import { formPath } from './types';
import { TableWrap } from '../../ui/table-wrap';

/** /forms: the workspace's subscribe forms. */
export function FormsList() {
  const list = useApi(readForms());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const data = list.data;
  const add = (
    <Link className="btn btn-primary" to="/forms/new">
      New form
    </Link>
  );
  return (
    <>
      <PageHeader title="Forms">{data && data.data.length > 0 && add}</PageHeader>
      <p className="muted">
        A subscribe form adds people to your contacts when they sign up on your website or on the form’s own page, and
        asks them to confirm their address first.
      </p>
      {notice && <Notice tone="success">{notice}</Notice>}
      <ErrorNote error={list.error} />
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading forms…" />
      ) : data.data.length === 0 ? (
        <EmptyState title="No forms yet" action={add}>
          Create a form, then link to its page or paste it into your website.
        </EmptyState>
      ) : (
        <TableWrap>
          <table className="cb-cards">
            <thead>
              <tr>
                <th scope="col">Form</th>
                <th scope="col">Fields</th>
                <th scope="col">Page</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((f) => (
                <tr key={f.id}>
                  <td>
                    <Link to={formPath(f.id)}>{f.name}</Link>
                  </td>
                  <td data-label="Fields">{f.fields.map((field) => field.label).join(', ')}</td>
                  <td data-label="Page">
                    <SafeLink href={f.hosted_url}>Open the form’s page</SafeLink>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
