import { useApi } from '../../api/hooks';
import { readUsage } from './api';
import { ErrorNote, Loading, ProgressBar } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';

function Meter({ label, used, limit }: { label: string; used: number; limit: number | null }) {
  return (
    <div className="meter">
      {limit === null ? (
        <div className="progress-label">
          {label}: {formatNumber(used)} <span className="muted">(no limit)</span>
        </div>
      ) : (
        <ProgressBar label={`${label}: ${formatNumber(used)} of ${formatNumber(limit)}`} value={used} max={limit} />
      )}
    </div>
  );
}

/** The plan, and usage against each of its limits. */
export function UsagePage() {
  const { data, error, loading } = useApi(readUsage());
  if (loading && !data) return <Loading />;
  if (!data) return <ErrorNote error={error} />;
  const { limits, usage, rate_limit: rate } = data;
  const per = limits.window_seconds === 60 ? 'minute' : `${limits.window_seconds} seconds`;
  return (
    <div className="stack">
      <section className="panel">
        <h2>{data.plan[0]!.toUpperCase() + data.plan.slice(1)} plan</h2>
        <p className="muted">
          API rate limit: {formatNumber(limits.requests_per_window)} requests per {per}. Each chatbot answers up to{' '}
          {limits.chat_messages_per_day === null ? 'any number of' : formatNumber(limits.chat_messages_per_day)}{' '}
          questions a day on your website.
        </p>
      </section>
      <section className="panel stack" aria-label="Usage">
        <Meter label="Chatbots" used={usage.chatbots} limit={limits.chatbots} />
        <Meter
          label="Pages in your largest chatbot"
          used={usage.largest_chatbot_pages}
          limit={limits.pages_per_chatbot}
        />
        <Meter label="Contacts" used={usage.contacts} limit={limits.contacts} />
        <Meter label="Emails sent this month" used={usage.emails_this_month} limit={limits.emails_per_month} />
        <Meter label={`API requests left this ${per}`} used={rate.remaining} limit={rate.limit} />
        <p className="muted">
          {plural(usage.pages_trained, 'page')} trained across all chatbots. The request quota is full again by{' '}
          {formatDate(rate.reset_at)}.
        </p>
      </section>
    </div>
  );
}
