import { useCallback, useState } from 'react';
import { useAction } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { ErrorNote, fieldError } from '../../ui/feedback';
import { TextField } from '../../ui/fields';
import { isPast } from '../../ui/validate';
import { useTimeZone } from '../../ui/time-zone';
import { formatDate, plural } from '../../ui/format';
import { sendCampaign } from './api';
import { describeAudience } from './audience-fields';
import { localToIso, toLocalInput } from './datetime';
import { StateControls } from './state-controls';
import type { Audience, Campaign } from './types';

interface Props {
  campaign: Campaign;
  audience: Audience;
  recipients: number | undefined;
  /** Saves unsaved changes first; false when that failed (its error is shown by the form). */
  beforeSend(): Promise<boolean>;
  onSent(campaign: Campaign): void;
}

const PAST = 'This time has already passed. Choose a time in the future to schedule the campaign.';

/** Send now, or schedule: each asks first, saying how many contacts it goes to. */
export function SendPanel({ campaign, audience, recipients, beforeSend, onSent }: Props) {
  const [when, setWhen] = useState('');
  const timeZone = useTimeZone();
  const [asking, setAsking] = useState<'now' | 'later'>();
  const sendAt = localToIso(when, timeZone);
  const send = useAction(
    useCallback(
      async (at: string | undefined) => {
        if (!(await beforeSend())) return undefined;
        return sendCampaign(campaign.id, at ? { send_at: at } : {});
      },
      [campaign.id, beforeSend],
    ),
  );
  // A time already past is refused here, in words, before anything is sent (a dialog left open can outlive its time).
  const [past, setPast] = useState(false);
  const refusePast = () => {
    const late = Boolean(sendAt && isPast(sendAt));
    setPast(late);
    return late;
  };
  const confirm = async () => {
    if (asking === 'later' && refusePast()) return;
    const sent = await send.run(asking === 'later' ? sendAt : undefined);
    setAsking(undefined);
    if (sent) onSent(sent);
  };
  const whom =
    recipients === undefined
      ? describeAudience(audience)
      : `${plural(recipients, 'contact')} (${describeAudience(audience)})`;
  const sendAtError = past ? PAST : fieldError(send.error, 'send_at', 'Schedule for');

  return (
    <section className="stack" aria-labelledby="cmp-send-title">
      <h2 id="cmp-send-title">Send</h2>
      <p className="muted">
        It goes to {whom} as they are when sending starts. Each receives it once; whoever unsubscribes before their turn
        is skipped.
      </p>
      <div className="row">
        <Button variant="primary" onClick={() => setAsking('now')} pending={send.pending && asking === 'now'}>
          Send now
        </Button>
      </div>
      <div className="row cmp-schedule">
        <TextField
          label="Schedule for"
          type="datetime-local"
          value={when}
          min={toLocalInput(new Date(), timeZone)}
          onChange={(e) => (setWhen(e.target.value), setPast(false))}
          hint={`The workspace's time zone, ${timeZone.replace(/_/g, ' ')} (Settings → Workspace).`}
          error={sendAtError}
        />
        <Button onClick={() => refusePast() || setAsking('later')} disabled={!sendAt}>
          Schedule
        </Button>
      </div>
      {!sendAtError && <ErrorNote error={send.error} />}
      <ConfirmDialog
        open={asking !== undefined}
        title={asking === 'later' ? 'Schedule this campaign?' : 'Send this campaign now?'}
        confirmLabel={asking === 'later' ? 'Schedule' : 'Send'}
        onConfirm={() => void confirm()}
        onCancel={() => setAsking(undefined)}
        pending={send.pending}
      >
        {asking === 'later' && past && (
          <p className="note note-error" role="alert">
            {PAST}
          </p>
        )}
        <p>
          “{campaign.name}” will go to{' '}
          <strong>
            {recipients === undefined ? describeAudience(audience) : plural(recipients, 'subscribed contact')}
          </strong>
          {asking === 'later' && sendAt ? ` on ${formatDate(sendAt, timeZone)}` : ' now'}.
        </p>
        {recipients === 0 && (
          <p className="note note-warning">No subscribed contact matches this audience yet: nobody would receive it.</p>
        )}
        <p className="muted">
          Unsaved changes are saved first. Once sending starts the campaign can be paused or cancelled, but not edited.
        </p>
      </ConfirmDialog>
    </section>
  );
}

/** A scheduled campaign: when it goes, and a way to call it off. */
export function ScheduledPanel({ campaign, onChanged }: { campaign: Campaign; onChanged(c: Campaign): void }) {
  const timeZone = useTimeZone();
  return (
    <section className="stack" aria-labelledby="cmp-send-title">
      <h2 id="cmp-send-title">Scheduled</h2>
      <p>
        Sends on <strong>{formatDate(campaign.scheduled_at, timeZone)}</strong>. You can still edit it until then.
      </p>
      <StateControls campaign={campaign} onChanged={onChanged} />
    </section>
  );
}
