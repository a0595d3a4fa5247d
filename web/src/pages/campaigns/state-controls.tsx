import { useCallback, useState } from 'react';
import { useAction } from '../../api/hooks';
import { Button, ConfirmDialog } from '../../ui/buttons';
import { ErrorNote } from '../../ui/feedback';
import { cancelCampaign, pauseCampaign, resumeCampaign } from './api';
import type { Campaign } from './types';

const ACTIONS = { pause: pauseCampaign, resume: resumeCampaign, cancel: cancelCampaign };
type Action = keyof typeof ACTIONS;

/** Pause, resume or cancel, as the campaign's state allows. */
export function StateControls({ campaign, onChanged }: { campaign: Campaign; onChanged(c: Campaign): void }) {
  const [asking, setAsking] = useState(false);
  const act = useAction(useCallback((action: Action) => ACTIONS[action](campaign.id), [campaign.id]));
  const run = async (action: Action) => {
    const changed = await act.run(action);
    setAsking(false);
    if (changed) onChanged(changed);
  };
  const { status } = campaign;
  const canCancel = status === 'scheduled' || status === 'sending' || status === 'paused';
  if (!canCancel) return null;
  return (
    <div className="stack cmp-controls">
      <div className="actions">
        {status === 'sending' && (
          <Button onClick={() => void run('pause')} pending={act.pending}>
            Pause
          </Button>
        )}
        {status === 'paused' && (
          <Button variant="primary" onClick={() => void run('resume')} pending={act.pending}>
            Resume
          </Button>
        )}
        <Button variant="danger" onClick={() => setAsking(true)} disabled={act.pending}>
          Cancel campaign
        </Button>
      </div>
      <ErrorNote error={act.error} />
      <ConfirmDialog
        open={asking}
        title="Cancel this campaign?"
        confirmLabel="Cancel campaign"
        pending={act.pending}
        onCancel={() => setAsking(false)}
        onConfirm={() => void run('cancel')}
      >
        <p>
          {status === 'scheduled'
            ? 'It will not be sent, and a cancelled campaign cannot be scheduled again.'
            : 'Nobody else will receive it. Whoever already has it keeps it, and their opens and clicks are still counted.'}
        </p>
      </ConfirmDialog>
    </div>
  );
}
