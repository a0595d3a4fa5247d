import { Link, useLocation } from 'react-router';
import { useApi } from '../../api/hooks';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { PageHeader } from '../../ui/layout';
import { readEndpoints } from './api';
import { endpointState, summarizeEvents } from './describe';
import { webhookPath } from './types';
import { TableWrap } from '../../ui/table-wrap';

/** /webhooks: the workspace's endpoints and how each is doing. */
export function WebhookList() {
  const list = useApi(readEndpoints());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const data = list.data;
  const add = (
    <Link className="btn btn-primary" to="/webhooks/new">
      Add endpoint
    </Link>
  );
  return (
    <>
      <PageHeader title="Webhooks">{data && data.data.length > 0 && add}</PageHeader>
      <p className="muted wh-intro">
        Grivo sends each event you choose (a new contact, a lead, a bounce…) to your endpoints as a signed POST request,
        and tries again when your server does not answer.
      </p>
      {notice && (
        <div className="wh-banner">
          <Notice tone="success">{notice}</Notice>
        </div>
      )}
      <ErrorNote error={list.error} />
      {!data ? (
        <Pending error={list.error} reload={list.reload} label="Loading endpoints…" />
      ) : data.data.length === 0 ? (
        <EmptyState title="No webhook endpoints yet" action={add}>
          Add the URL of your server to receive Grivo’s events as they happen.
        </EmptyState>
      ) : (
        <TableWrap>
          <table className="cb-cards wh-table">
            <thead>
              <tr>
                <th scope="col">Endpoint</th>
                <th scope="col">Events</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {data.data.map((e) => {
                const state = endpointState(e);
                return (
                  <tr key={e.id}>
                    <td className="wh-url-cell">
                      <Link to={webhookPath(e.id)} className="wh-url">
                        {e.url}
                      </Link>
                      {e.description && <div className="muted">{e.description}</div>}
                    </td>
                    <td data-label="Events">{summarizeEvents(e.events)}</td>
                    <td data-label="Status">
                      <span className={`badge wh-state-${state.tone}`}>{state.label}</span>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableWrap>
      )}
    </>
  );
}
