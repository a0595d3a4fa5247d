import { Link, useLocation } from 'react-router';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { TableWrap } from '../../ui/table-wrap';
import { readTemplates, templatePath } from './api';

/** /templates: the workspace's saved templates. */
export function TemplateList() {
  const list = useApi(readTemplates());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const data = list.data;
  const add = (
    <Link className="btn btn-primary" to="/templates/new">
      New template
    </Link>
  );
  return (
    <>
      <PageHeader title="Templates">{data && data.data.length > 0 && add}</PageHeader>
      <p className="muted">
        A template is a message you reuse: start a campaign from it, or send it as a transactional email through the
        API.
      </p>
      {notice && <Notice tone="success">{notice}</Notice>}
      <ErrorNote error={list.error} />
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading templates…" />
      ) : data.data.length === 0 ? (
        <EmptyState title="No templates yet" action={add}>
          Start from one of the designs that come with Grivo, or from a blank page.
        </EmptyState>
      ) : (
        <TableWrap>
          <table className="cb-cards">
            <thead>
              <tr>
                <th scope="col">Template</th>
                <th scope="col">Subject</th>
                <th scope="col">Changed</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((t) => (
                <tr key={t.id}>
                  <td>
                    <Link to={templatePath(t.id)}>{t.name}</Link>
                  </td>
                  <td data-label="Subject">{t.subject}</td>
                  <td data-label="Changed">{formatDate(t.updated_at)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
