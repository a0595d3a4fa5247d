import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Pending } from '../../ui/feedback';
import { Select } from '../../ui/fields';
import { formatNumber, percent, plural } from '../../ui/format';
import { PageHeader } from '../../ui/layout';
import { dayLabel } from '../chatbots/analytics-chart';
import { PERIODS, readOverview, type Overview, type Period } from './api';
import { DailyBars } from './daily-bars';
import { LastCampaigns } from './last-campaigns';
import { Welcome } from './welcome';
import './overview.css';

const share = (rate: number | null) => (rate === null ? '—' : percent(rate, 1));

/** `/overview`, the dashboard's home: the workspace's chatbots, contacts and campaigns over a period. */
export default function OverviewPage() {
  const [params, setParams] = useSearchParams();
  const days = PERIODS.find((p) => p === params.get('days')) ?? '30';
  const loaded = useApi(readOverview(days));
  const o = loaded.data;
  const fresh = o && o.chatbots.total === 0 && o.contacts.total === 0 && o.campaigns.length === 0;
  return (
    <>
      <PageHeader title="Overview" />
      {!fresh && (
        <div className="row ov-toolbar">
          <div className="cb-period">
            <Select
              label="Period"
              value={days}
              onChange={(e) => setParams(e.target.value === '30' ? {} : { days: e.target.value as Period })}
            >
              {PERIODS.map((p) => (
                <option key={p} value={p}>
                  Last {p} days
                </option>
              ))}
            </Select>
          </div>
          {o && (
            <p className="muted">
              {dayLabel(o.from)} – {dayLabel(o.to)} (days in UTC)
            </p>
          )}
        </div>
      )}
      <ErrorNote error={loaded.error} />
      {!o && <Pending error={loaded.error} reload={loaded.reload} />}
      {fresh && <Welcome />}
      {o && !fresh && <Figures overview={o} />}
    </>
  );
}

function Figures({ overview: o }: { overview: Overview }) {
  const tiles = [
    { label: 'Conversations', value: formatNumber(o.chatbots.conversations) },
    {
      label: 'Answered',
      value: share(o.chatbots.answered_rate),
      note: `${formatNumber(o.chatbots.answered)} of ${plural(o.chatbots.questions, 'question')}`,
    },
    { label: 'Leads captured', value: formatNumber(o.chatbots.leads) },
    { label: 'Contacts', value: formatNumber(o.contacts.total), note: `${formatNumber(o.contacts.new)} new` },
  ];
  const points = (key: 'conversations' | 'new_contacts') => o.daily.map((d) => ({ date: d.date, value: d[key] }));
  return (
    <>
      <dl className="stats cmp-stats ov-stats">
        {tiles.map((tile) => (
          <div className="stat" key={tile.label}>
            <dt className="label">{tile.label}</dt>
            <dd className="value">{tile.value}</dd>
            {tile.note && <dd className="muted cmp-note">{tile.note}</dd>}
          </div>
        ))}
      </dl>
      <div className="grid-2 ov-grid">
        <section className="panel" aria-labelledby="ov-chats-heading">
          <h2 id="ov-chats-heading">Conversations per day</h2>
          {o.chatbots.total === 0 ? (
            <p className="muted">
              No chatbot yet. <Link to="/chatbots/new">Create a chatbot</Link> that answers your visitors from your
              website.
            </p>
          ) : (
            <DailyBars
              title="Chatbot conversations per day"
              series={{ label: 'Conversations', color: '#3b5bdb', points: points('conversations') }}
              empty="No conversations in this period yet: the chart fills in as visitors chat."
            />
          )}
        </section>
        <section className="panel" aria-labelledby="ov-contacts-heading">
          <h2 id="ov-contacts-heading">New contacts per day</h2>
          {o.contacts.total === 0 ? (
            <p className="muted">
              No contacts yet. <Link to="/contacts/import">Import contacts</Link> from a CSV file.
            </p>
          ) : (
            <DailyBars
              title="Contacts added per day"
              series={{ label: 'New contacts', color: '#2b8a3e', points: points('new_contacts') }}
              empty="No contacts added in this period."
            />
          )}
        </section>
      </div>
      <LastCampaigns campaigns={o.campaigns} />
    </>
  );
}
