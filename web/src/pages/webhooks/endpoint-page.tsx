import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { ApiFailure } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { DangerAction, DangerZone } from '../../ui/danger-zone';
import { EmptyState, ErrorNote, Notice, Pending } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { deleteEndpoint, type EndpointBody, readEndpoint, rollSecret, sendTestEvent, updateEndpoint } from './api';
import { DeliveryLog } from './delivery-log';
import { disabledExplanation, endpointState, eventLabel, isAllEvents, knownEvents } from './describe';
import { EndpointForm } from './endpoint-form';
import { SecretReveal } from './secret-reveal';
import type { WebhookEndpoint } from './types';

const back = <Link to="/webhooks">← All endpoints</Link>;

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

  // While another endpoint loads, the last one is still in `endpoint.data`.
  const e = endpoint.data?.id === id ? endpoint.data : undefined;
  if (!e) {
    if (endpoint.error instanceof ApiFailure && endpoint.error.status === 404) {
      return (
        <>
          <PageHeader title="Endpoint not found" back={back} />
          <EmptyState title="There is no webhook endpoint here" action={<Link to="/webhooks">See all endpoints</Link>}>
            It may have been deleted, or the address is mistyped.
          </EmptyState>
        </>
      );
    }
    return (
      <>
        <PageHeader title="Webhook endpoint" back={back} />
        <ErrorNote error={endpoint.error} />
        <Pending error={endpoint.error} reload={endpoint.reload} label="Loading endpoint…" />
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
  // Keyboard users follow the form: into its first field when it opens, back to "Edit" when it closes.
  const about = useRef<HTMLElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (editing) about.current?.querySelector<HTMLElement>('input')?.focus();
    else if (wasEditing.current) about.current?.querySelector<HTMLElement>('[data-edit]')?.focus();
    wasEditing.current = editing;
  }, [editing]);
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
      <PageHeader title={e.url} back={back}>
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

      {secret && (
        <SecretReveal
          secret={secret.value}
          rolled={secret.rolled}
          onDone={() => {
            onSecret(undefined);
            // The secret's panel goes: the focus moves on to the endpoint rather than to the page's start.
            about.current?.querySelector<HTMLElement>('h2')?.focus();
          }}
        />
      )}

      <section ref={about} className="panel stack" aria-labelledby="wh-about-title">
        <h2 id="wh-about-title" tabIndex={-1}>
          Endpoint
        </h2>
        {editing ? (
          <EndpointForm
            initial={{ url: e.url, events: knownEvents(e.events), description: e.description }}
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
              <Button data-edit onClick={() => setEditing(true)}>
                Edit
              </Button>
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

      <DeliveryLog endpointId={e.id} refresh={tests} onActivity={onChanged} />

      <DangerZone>
        <DangerAction
          title="Delete this endpoint"
          trigger={
            <Button variant="danger-secondary" onClick={() => (remove.setError(undefined), setAsking('delete'))}>
              Delete endpoint
            </Button>
          }
        >
          Stops every delivery to it and removes its delivery log.
        </DangerAction>
      </DangerZone>

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
