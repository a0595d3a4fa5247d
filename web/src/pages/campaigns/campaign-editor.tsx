import { useCallback, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useSession } from '../../api/session';
import { Button } from '../../ui/buttons';
import { ErrorNote, formErrors, Notice, StatusBadge } from '../../ui/feedback';
import { formatDate } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { createCampaign, updateCampaign } from './api';
import { AudienceFields, useAudienceCount } from './audience-fields';
import { SegmentAudience } from '../segments/segment-audience';
import { bodyOf, DRAFT_FIELDS, draftOf, type Draft } from './draft';
import { MessageFields } from './message-fields';
import { PreviewPanel } from './preview-panel';
import { ScheduledPanel, SendPanel } from './send-panel';
import { TestSend } from './test-send';
import { TemplatePicker, type PickedContent } from '../templates/template-picker';
import { DuplicateButton, SaveAsTemplate } from './campaign-actions';
import { campaignPath, type Campaign } from './types';

/** /campaigns/new, and /campaigns/:id while draft or scheduled: write, preview, test, send. */
export function CampaignEditor({ campaign, onChanged }: { campaign?: Campaign; onChanged?(c: Campaign): void }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [draft, setDraft] = useState<Draft>(() =>
    draftOf(campaign, { fromEmail: session?.user.email, fromName: session?.workspace.name }),
  );
  const [dirty, setDirty] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<Error>();
  const [notice, setNotice] = useState<string | undefined>((location.state as { notice?: string } | null)?.notice);
  const count = useAudienceCount(draft.audience);
  // The latest draft, for saves started by the test and send panels.
  const latest = useRef({ draft, dirty });
  latest.current = { draft, dirty };

  const set = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setDirty(true);
    setNotice(undefined);
  }, []);

  /** Saves the draft; true when it is saved. */
  const save = useCallback(async (): Promise<boolean> => {
    setSaving(true);
    setError(undefined);
    try {
      const body = bodyOf(latest.current.draft);
      if (!campaign) {
        const created = await createCampaign(body);
        navigate(campaignPath(created.id), { replace: true, state: { notice: 'Campaign saved as a draft.' } });
        return true;
      }
      const updated = await updateCampaign(campaign.id, body);
      setDirty(false);
      onChanged?.(updated);
      return true;
    } catch (e) {
      setError(e as Error);
      return false;
    } finally {
      setSaving(false);
    }
  }, [campaign, navigate, onChanged]);

  const fromTemplate = useCallback(
    (c: PickedContent) => set({ subject: c.subject, html: c.html, text: c.text ?? '' }),
    [set],
  );
  const saveIfChanged = useCallback(async () => !latest.current.dirty || save(), [save]);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (await save()) setNotice(campaign ? 'Changes saved.' : undefined);
  };
  const errors = formErrors(error, DRAFT_FIELDS);

  return (
    <>
      <PageHeader title={campaign ? campaign.name : 'New campaign'} back={<Link to="/campaigns">← All campaigns</Link>}>
        {campaign && <StatusBadge status={campaign.status} />}
        {campaign && <DuplicateButton campaign={campaign} />}
      </PageHeader>
      {notice && <Notice tone="success">{notice}</Notice>}
      <div className="cmp-editor">
        <div className="cmp-main">
          {!campaign && (
            <TemplatePicker
              onPick={fromTemplate}
              initialId={(location.state as { templateId?: string } | null)?.templateId}
            />
          )}
          <form className="panel" onSubmit={submit} noValidate aria-label="Campaign">
            <ErrorNote error={errors.general} />
            <MessageFields draft={draft} set={set} error={errors.field} />
            <fieldset className="cmp-fieldset">
              <legend>Audience</legend>
              <SegmentAudience audience={draft.audience} onChange={(audience) => set({ audience })} />
              <AudienceFields
                audience={draft.audience}
                onChange={(audience) => set({ audience })}
                count={count}
                error={errors.field('audience')}
              />
            </fieldset>
            <div className="actions">
              <Button type="submit" variant="primary" pending={saving}>
                Save
              </Button>
              <span className="muted" aria-live="polite">
                {saving ? 'Saving…' : dirty ? 'Unsaved changes' : campaign ? 'All changes saved' : ''}
              </span>
            </div>
            {campaign && !dirty && <SaveAsTemplate campaign={campaign} />}
          </form>
          {campaign ? (
            <>
              <div className="panel">
                <TestSend campaignId={campaign.id} beforeSend={saveIfChanged} />
              </div>
              <div className="panel">
                {campaign.status === 'scheduled' ? (
                  <ScheduledPanel campaign={campaign} onChanged={(c) => onChanged?.(c)} />
                ) : (
                  <SendPanel
                    campaign={campaign}
                    audience={draft.audience}
                    recipients={count.data?.recipients}
                    beforeSend={saveIfChanged}
                    onSent={(c) => {
                      setNotice(
                        c.status === 'scheduled'
                          ? `Scheduled for ${formatDate(c.scheduled_at, session?.workspace.time_zone)}.`
                          : undefined,
                      );
                      onChanged?.(c);
                    }}
                  />
                )}
              </div>
            </>
          ) : (
            <p className="panel muted">Save the campaign to send yourself a test, then send it or schedule it.</p>
          )}
        </div>
        <PreviewPanel subject={draft.subject} html={draft.html} text={draft.text} />
      </div>
    </>
  );
}
