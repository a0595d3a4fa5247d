import { formatNumber, plural } from '../../ui/format';
import type { CampaignStats } from './types';

const pct = (rate: number) => `${Math.round(rate * 1000) / 10}%`;

/** The campaign's counts as tiles, each a label with its number (and what it means, below). */
export function StatsTiles({ stats: s }: { stats: CampaignStats }) {
  // Loads of the tracking image by a machine (a privacy proxy, or a fetch at delivery), kept apart from people's
  // opens: in neither opens, unique opens nor the open rate.
  const machine = s.machine_opens;
  const tiles: Array<{ label: string; value: string; note?: string }> = [
    {
      label: 'Recipients',
      value: formatNumber(s.recipients),
      note: s.skipped ? `${formatNumber(s.skipped)} skipped` : undefined,
    },
    { label: 'Sent', value: formatNumber(s.sent) },
    { label: 'Failed', value: formatNumber(s.failed) },
    { label: 'Bounced', value: formatNumber(s.bounced) },
    { label: 'Opens', value: formatNumber(s.opens), note: plural(s.unique_opens, 'unique person', 'unique people') },
    ...(machine > 0
      ? [
          {
            label: 'Machine opens',
            value: formatNumber(machine),
            note: 'Not counted in opens or the open rate',
          },
        ]
      : []),
    { label: 'Open rate', value: pct(s.open_rate) },
    { label: 'Clicks', value: formatNumber(s.clicks), note: `${formatNumber(s.unique_clicks)} unique` },
    { label: 'Click rate', value: pct(s.click_rate) },
    { label: 'Unsubscribes', value: formatNumber(s.unsubscribes) },
  ];
  return (
    <>
      <dl className="stats cmp-stats" aria-live="off">
        {tiles.map((t) => (
          <div className="stat" key={t.label}>
            <dt className="label">{t.label}</dt>
            <dd className="value">{t.value}</dd>
            {t.note && <dd className="muted cmp-note">{t.note}</dd>}
          </div>
        ))}
      </dl>
      {machine > 0 && (
        <p className="muted cmp-machine">
          Machine opens are loads of the email’s images by a privacy proxy (such as Apple Mail Privacy Protection) or by
          a mail server prefetching them at delivery. They do not mean a person read the email, so they are not counted
          in opens or the open rate.
        </p>
      )}
    </>
  );
}
