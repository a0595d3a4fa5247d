import { useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading, Notice, ProgressBar, StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { useTimeZone } from '../../ui/time-zone';
import { readCampaignStats } from './api';
import { describeAudience } from './audience-fields';
import { DuplicateButton } from './campaign-actions';
import { LinkClicks } from './link-clicks';
import { MessageSummary } from './message-summary';
import { RecipientsReport } from './recipients-report';
import { StateControls } from './state-controls';
import { StatsTiles } from './stats-tiles';
import { TimelineChart } from './timeline-chart';
import type { Campaign } from './types';
import { useStatsRefresh } from './use-stats-refresh';

/** A campaign that has started: its controls and analytics, live while it sends. */
export function CampaignReport({
  campaign,
  onChanged,
  reload,
}: {
  campaign: Campaign;
  onChanged(c: Campaign): void;
  reload(): Promise<void>;
}) {
  const stats = useApi(readCampaignStats(campaign.id));
  const timeZone = useTimeZone();
  const live = campaign.status === 'sending';
  const refresh = useStatsRefresh(campaign, stats);
  // The stats carry the status: when the send finishes (or fails), the campaign is read again.
  const statsStatus = stats.data?.status;
  useEffect(() => {
    if (statsStatus && statsStatus !== campaign.status) void reload();
  }, [statsStatus, campaign.status, reload]);
  // A campaign paused, resumed or cancelled here moves the stats along at once.
  const { reload: reloadStats } = stats;
  const shownStatus = useRef(campaign.status);
  useEffect(() => {
    if (shownStatus.current === campaign.status) return;
    shownStatus.current = campaign.status;
    void reloadStats(true);
  }, [campaign.status, reloadStats]);

  const s = stats.data;
  const done = s ? s.sent + s.failed + s.bounced + s.skipped : 0;
  return (
    <>
      <PageHeader title={campaign.name} back={<Link to="/campaigns">← All campaigns</Link>}>
        <StatusBadge status={campaign.status} />
        <DuplicateButton campaign={campaign} />
      </PageHeader>
      <div className="panel stack">
        <p className="cmp-when">
          {campaign.started_at && <span>Started {formatDate(campaign.started_at)}</span>}
          {campaign.finished_at && <span>Finished {formatDate(campaign.finished_at)}</span>}
          {!campaign.started_at && campaign.scheduled_at && (
            <span>Was scheduled for {formatDate(campaign.scheduled_at, timeZone)}</span>
          )}
          <span>To {describeAudience(campaign.audience)}</span>
        </p>
        {campaign.status === 'failed' && campaign.error && (
          <div className="note note-error">The send stopped: {campaign.error}</div>
        )}
        {campaign.status === 'paused' && (
          <Notice tone="warning">Paused. Nobody else receives it until you resume.</Notice>
        )}
        {s && (live || campaign.status === 'paused') && s.recipients > 0 && (
          <ProgressBar
            label={`${formatNumber(done)} of ${plural(s.recipients, 'recipient')} done`}
            value={done}
            max={s.recipients}
          />
        )}
        {live && (!s || s.recipients === 0) && <ProgressBar label="Preparing the recipients" />}
        <StateControls campaign={campaign} onChanged={onChanged} />
      </div>
      <ErrorNote error={stats.error} />
      {!s && stats.loading && <Loading label="Loading the numbers…" />}
      {s && (
        <>
          {refresh.updatedAt && (
            <p className="muted" aria-live="off">
              Updated {refresh.updatedAt.toLocaleTimeString()}
              {refresh.refreshing
                ? '. The numbers refresh by themselves while opens and clicks come in.'
                : '. Reload the page for newer numbers.'}
            </p>
          )}
          <StatsTiles stats={s} />
          <section className="panel" aria-labelledby="cmp-timeline-title">
            <h2 id="cmp-timeline-title">Over time</h2>
            <TimelineChart points={s.timeline} />
          </section>
          <section className="panel" aria-labelledby="cmp-links-title">
            <h2 id="cmp-links-title">Clicks per link</h2>
            <LinkClicks links={s.links} />
          </section>
        </>
      )}
      <RecipientsReport campaignId={campaign.id} />
      <MessageSummary campaign={campaign} />
    </>
  );
}
