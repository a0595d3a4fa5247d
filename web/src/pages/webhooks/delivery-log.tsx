import { useEffect, useState } from 'react';
import { useAction, useApi, usePolling } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { EmptyState, ErrorNote, Loading } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { readDeliveries, retryDelivery } from './api';
import { attemptError, deliveryState, eventLabel } from './describe';
import type { WebhookDelivery } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PER_PAGE = 20;
const LIVE_MS = 2000;
const WATCH_MS = 15_000;

/** The endpoint's deliveries, newest first, live while any is still on its way; failed ones can be retried. */
export function DeliveryLog({
  endpointId,
  refresh,
  onActivity,
}: {
  endpointId: string;
  refresh: number;
  /** Called as deliveries settle: the endpoint's own state (failing, turned off) may have changed with them. */
  onActivity(): unknown;
}) {
  const [page, setPage] = useState(1);
  const list = useApi(readDeliveries(endpointId, page, PER_PAGE));
  const [retrying, setRetrying] = useState<string>();
  const retry = useAction(async (d: WebhookDelivery) => {
    setRetrying(d.id);
    try {
      await retryDelivery(endpointId, d.id);
      await Promise.all([list.reload(true), onActivity()]);
    } finally {
      setRetrying(undefined);
    }
  });
  const pending = list.data?.data.some((d) => d.status === 'pending') ?? false;
  // A test event asked for: load at once, then watch a little while for its delivery to show and settle.
  const { reload } = list;
  const [watchUntil, setWatchUntil] = useState(0);
  useEffect(() => {
    if (refresh === 0) return;
    setWatchUntil(Date.now() + WATCH_MS);
    void reload(true);
  }, [refresh, reload]);
  usePolling(() => Promise.all([reload(true), onActivity()]), LIVE_MS, pending || Date.now() < watchUntil);

  const data = list.data;
  return (
    <section className="panel stack" aria-labelledby="wh-log-title">
      <h2 id="wh-log-title">Delivery log</h2>
      <ErrorNote error={list.error ?? retry.error} />
      {!data && list.loading && <Loading label="Loading deliveries…" />}
      {data && data.data.length === 0 && (
        <EmptyState title="Nothing delivered yet">
          Deliveries show here as events happen. Press “Send test event” to try the endpoint now.
        </EmptyState>
      )}
      {data && data.data.length > 0 && (
        <>
          <TableWrap>
            <table className="cb-cards wh-table wh-log">
              <thead>
                <tr>
                  <th scope="col">Event</th>
                  <th scope="col">Status</th>
                  <th scope="col">Response</th>
                  <th scope="col" className="num">
                    Duration
                  </th>
                  <th scope="col" className="num">
                    Attempts
                  </th>
                  <th scope="col">Next retry</th>
                  <th scope="col">Time</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.data.map((d) => {
                  const state = deliveryState(d);
                  return (
                    <tr key={d.id}>
                      <td data-label="Event">
                        <div>
                          {eventLabel(d.event_type)}
                          <div>
                            <code className="wh-type">{d.event_type}</code>
                          </div>
                        </div>
                      </td>
                      <td data-label="Status">
                        <span className={`badge badge-${state.badge}`}>{state.label}</span>
                      </td>
                      <td data-label="Response">
                        <div>
                          {d.response_status ?? (d.attempts > 0 ? 'No answer' : '—')}
                          {d.error && d.status !== 'succeeded' && (
                            <div className="muted wh-error" title={d.error}>
                              {attemptError(d.error)}
                            </div>
                          )}
                        </div>
                      </td>
                      <td data-label="Duration" className="num">
                        {d.duration_ms === null ? '—' : `${d.duration_ms} ms`}
                      </td>
                      <td data-label="Attempts" className="num">
                        {d.attempts}
                      </td>
                      <td data-label="Next retry">
                        {d.status === 'pending' && d.next_attempt_at ? formatDate(d.next_attempt_at) : '—'}
                      </td>
                      <td data-label="Time">{formatDate(d.last_attempt_at ?? d.created_at)}</td>
                      <td className="cb-row-actions">
                        {d.status === 'failed' && (
                          <div className="actions">
                            <Button
                              onClick={() => void retry.run(d)}
                              pending={retrying === d.id}
                              aria-label={`Retry the ${d.event_type} delivery`}
                            >
                              Retry
                            </Button>
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableWrap>
          <Pagination page={data.page} perPage={data.per_page ?? PER_PAGE} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
