import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading } from '../../ui/feedback';
import { formatDate, plural } from '../../ui/format';
import { Pagination } from '../../ui/pagination';
import { readActivity, type ActivityItem } from './activity-api';
import '../campaigns/recipients.css';

const PER_PAGE = 20;

const EMAIL_STEPS: Record<string, string> = {
  queued: 'accepted',
  sent: 'sent',
  failed: 'could not be sent',
  suppressed: 'not sent (address suppressed)',
  delivered: 'delivered',
  bounced: 'bounced',
  complained: 'marked as spam',
  opened: 'opened',
  clicked: 'clicked',
};

const CONSENT: Record<string, string> = {
  requested: 'Asked to confirm their subscription',
  confirmed: 'Confirmed their subscription',
  expired: 'Did not confirm in time',
  given: 'Gave consent',
  withdrawn: 'Withdrew consent',
};

const SUPPRESSION: Record<string, string> = {
  hard_bounce: 'the address does not exist',
  soft_bounces: 'repeated delivery failures',
  complaint: 'a spam complaint',
  manual: 'added by hand',
  unsubscribed: 'they unsubscribed',
};

/** One entry in plain words, with a link to what it is about. */
function describe(item: ActivityItem): ReactNode {
  const campaign = item.campaign_id ? (
    <Link to={`/campaigns/${item.campaign_id}`}>{item.campaign_name ?? 'a campaign'}</Link>
  ) : (
    'a campaign'
  );
  const chat = item.chatbot_id ? (
    <Link to={`/chatbots/${item.chatbot_id}/conversations`}>the chatbot</Link>
  ) : (
    'the chatbot'
  );
  const file = item.import_id ? (
    <Link to={`/contacts/imports/${encodeURIComponent(item.import_id)}`}>{item.filename ?? 'a CSV import'}</Link>
  ) : (
    'a CSV import'
  );
  const [kind, step = ''] = item.type.split('.');
  switch (item.type) {
    case 'contact.created':
      return 'Added to your contacts';
    case 'import.created':
      return <>Imported from {file}</>;
    case 'import.updated':
      return <>Details updated by {file}</>;
    case 'campaign.sent':
      return <>Received {campaign}</>;
    case 'campaign.opened':
      return <>Opened {campaign}</>;
    case 'campaign.clicked':
      return (
        <>
          Clicked a link in {campaign}
          {item.count ? ` (${plural(item.count, 'click')})` : ''}
        </>
      );
    case 'campaign.bounced':
      return <>{campaign} bounced</>;
    case 'campaign.failed':
      return <>{campaign} could not be sent</>;
    case 'campaign.unsubscribed':
      return <>Unsubscribed from {campaign}</>;
    case 'chat.conversation':
      return (
        <>
          Chatted with {chat}
          {item.detail ? `: “${item.detail}”` : ''}
        </>
      );
    case 'chat.lead':
      return <>Left their email address with {chat}</>;
    case 'suppressed':
      return `Address suppressed: ${SUPPRESSION[item.detail ?? ''] ?? 'no more mail'}`;
  }
  if (kind === 'email') return `Email “${item.subject ?? ''}” ${EMAIL_STEPS[step] ?? step}`;
  if (kind === 'consent') return CONSENT[step] ?? 'Consent changed';
  return item.type;
}

/** The contact's timeline, newest first: imports, campaigns, emails, chats, consent and suppression. */
export function ContactActivity({ contactId }: { contactId: string }) {
  const [page, setPage] = useState(1);
  const activity = useApi(readActivity(contactId, { page, per_page: PER_PAGE }));
  const data = activity.data;
  return (
    <section className="panel" aria-labelledby="activity-title">
      <h2 id="activity-title">Activity</h2>
      <ErrorNote error={activity.error} />
      {!data && activity.loading && <Loading label="Loading activity…" />}
      {data && (
        <>
          <ol className="activity-list">
            {data.data.map((item, i) => (
              <li key={`${item.type}-${item.at}-${i}`}>
                <span className="activity-what">{describe(item)}</span>
                <time dateTime={item.at}>{formatDate(item.at)}</time>
              </li>
            ))}
          </ol>
          <Pagination page={page} perPage={PER_PAGE} total={data.total} onPage={setPage} />
        </>
      )}
    </section>
  );
}
