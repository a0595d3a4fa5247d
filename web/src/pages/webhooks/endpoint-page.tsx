import { useEffect, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { useAction, useApi } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { ErrorNote, Loading, Notice } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { deleteEndpoint, readEndpoint, rollSecret, sendTestEvent, updateEndpoint } from './api';
import { DeliveryLog } from './delivery-log';
import { disabledExplanation, endpointState, eventLabel, isAllEvents } from './describe';
import { EndpointForm } from './endpoint-form';
import { SecretReveal } from './secret-reveal';
import type { EndpointBody, WebhookEndpoint } from './types';

/** /webhooks/:id: one endpoint, its secret (once), its controls and its delivery log. */
export function EndpointPage() {
  const { id = '' } = useParams();
  const location = useLocation();
  const navigate = useNavigate();
  const endpoint = useApi(readEndpoint(id));
  // The secret comes from the page that created the endpoint; it is dropped from history at once, so it shows once.
  const [secret, setSecret] = useState<{ value: string; rolled: boolean } | undefined>(() => {
    const value = (location.state as { secret?: string } | null)?.secret;
    return value ? { value, rolled: false } : undefined;
  });
  useEffect(() => {
    if ((location.state as { secret?: string } | null)?.secret)
      navigate(location.pathname, { replace: true, state: null });
  }, [location, navigate]);

  const e = endpoint.data;
  if (!e) {
    return (
      <>
        <PageHeader title="Webhook endpoint" back={<Link to="/webhooks">← All endpoints</Link>} />
        <ErrorNote error={endpoint.error} />
        {endpoint.loading && <Loading />}
      </>
    );
  }
  return (
    <EndpointDetails
      endpoint={e}
      secret={secret}
      onSecret={setSecret}
      onChanged={() => endpoint.reload(true)}
      onDeleted={() => navigate('/webhooks', { state: { notice: `The endpoint ${e.url} was deleted.` } })}
    />
  );
}

function EndpointDetails({
  endpoint: e,
  secret,
  onSecret,
  onChanged,
  onDeleted,
}: {
  endpoint: WebhookEndpoint;
  secret: { value: string; rolled: boolean } | undefined;
  onSecret(secret: { value: string; rolled: boolean } | undefined): void;
  onChanged(): Promise<void>;
  onDeleted(): void;
}) {
  const [editing, setEditing] = useState(false);
  const [asking, setAsking] = useState<'roll' | 'delete'>();
  const [tests, setTests] = useState(0);
  const [tested, setTested] = useState(false);
  const save = useAction(async (body: EndpointBody) => {
    await updateEndpoint(e.id, body);
    await onChanged();
    setEditing(false);
  });
  const toggle = useAction(async () => {
    await updateEndpoint(e.id, { enabled: !e.enabled });
    await onChanged();
  });
  const test = useAction(async () => {
    await sendTestEvent(e.id);
    setTested(true);
    setTests((n) => n + 1);
  });
  const roll = useAction(async () => {
    const rolled = await rollSecret(e.id);
    onSecret({ value: rolled.secret, rolled: true });
    setAsking(undefined);
  });
  const remove = useAction(async () => {
    await deleteEndpoint(e.id);
    onDeleted();
  });
  const state = endpointState(e);

  return (
    <>
      <PageHeader title={e.url} back={<Link to="/webhooks">← All endpoints</Link>}>
        <span className={`badge wh-state-${state.tone}`}>
          {state.tone === 'ok' ? 'Active' : state.tone === 'warn' ? 'Failing' : 'Turned off'}
        </span>
      </PageHeader>

      {!e.enabled && (
        <div className="note note-error wh-off" role="status">
          <strong>This endpoint is turned off: Grivo sends it nothing.</strong> {disabledExplanation(e)} Once your
          receiver answers again, press <strong>Turn on</strong> below, then “Send test event” to check it.
        </div>
      )}
      {e.enabled && e.failing_since && (
        <div className="wh-banner">
          <Notice tone="warning">
            Deliveries have failed since {formatDate(e.failing_since)}. Grivo keeps retrying, and turns the endpoint off
            if they go on failing. The log below says what your server answered.
          </Notice>
        </div>
      )}

      {secret && <SecretReveal secret={secret.value} rolled={secret.rolled} onDone={() => onSecret(undefined)} />}

      <section className="panel stack" aria-labelledby="wh-about-title">
        <h2 id="wh-about-title">Endpoint</h2>
        {editing ? (
          <EndpointForm
            initial={{ url: e.url, events: e.events, description: e.description }}
            submitLabel="Save changes"
            pending={save.pending}
            error={save.error}
            onSubmit={(body) => void save.run(body)}
            onCancel={() => (setEditing(false), save.setError(undefined))}
          />
        ) : (
          <>
            <dl className="wh-facts">
              <dt>URL</dt>
              <dd className="wh-url">{e.url}</dd>
              <dt>Events</dt>
              <dd>
                {isAllEvents(e.events) ? (
                  'All events'
                ) : (
                  <ul className="wh-event-list">
                    {e.events.map((type) => (
                      <li key={type}>
                        <code>{type}</code> <span className="muted">{eventLabel(type)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </dd>
              <dt>Description</dt>
              <dd>{e.description || <span className="muted">None</span>}</dd>
              <dt>Created</dt>
              <dd>{formatDate(e.created_at)}</dd>
            </dl>
            <div className="actions">
              <Button variant="primary" onClick={() => void test.run()} pending={test.pending} disabled={!e.enabled}>
                Send test event
              </Button>
              <Button onClick={() => setEditing(true)}>Edit</Button>
              <Button onClick={() => void toggle.run()} pending={toggle.pending}>
                {e.enabled ? 'Turn off' : 'Turn on'}
              </Button>
              <Button onClick={() => (roll.setError(undefined), setAsking('roll'))}>Roll secret</Button>
            </div>
            {tested && !test.error && (
              <p className="muted" role="status">
                A test event (<code>ping</code>) was sent: its delivery shows in the log below.
              </p>
            )}
            <ErrorNote error={test.error ?? toggle.error} />
          </>
        )}
      </section>

      <DeliveryLog endpointId={e.id} refresh={tests} />

      <section className="panel stack wh-danger" aria-labelledby="wh-danger-title">
        <h2 id="wh-danger-title">Danger zone</h2>
        <p className="muted">Deleting the endpoint stops every delivery to it and removes its delivery log.</p>
        <div>
          <Button variant="danger" onClick={() => (remove.setError(undefined), setAsking('delete'))}>
            Delete endpoint
          </Button>
        </div>
      </section>

      <ConfirmDialog
        open={asking === 'roll'}
        title="Roll the signing secret?"
        confirmLabel="Roll secret"
        pending={roll.pending}
        onConfirm={() => void roll.run()}
        onCancel={() => setAsking(undefined)}
      >
        <p>
          Grivo signs with a new secret from now on, shown once. Put it on your receiver, or it will refuse the
          requests.
        </p>
        <ErrorNote error={roll.error} />
      </ConfirmDialog>
      <ConfirmDialog
        open={asking === 'delete'}
        title="Delete this endpoint?"
        confirmLabel="Delete endpoint"
        pending={remove.pending}
        onConfirm={() => void remove.run()}
        onCancel={() => setAsking(undefined)}
      >
        <p>
          Grivo stops sending events to <strong className="wh-url">{e.url}</strong> and forgets its delivery log. This
          cannot be undone.
        </p>
        <ErrorNote error={remove.error} />
      </ConfirmDialog>
    </>
  );
}
