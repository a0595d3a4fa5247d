import { Link } from 'react-router';
import { StatusBadge } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import type { TabProps } from './chatbot-page';
import { TrainingStatus } from './training-status';
import { chatbotPath } from './types';

/** Status, live training progress, and what the chatbot learns from. */
export function OverviewTab(props: TabProps) {
  const { chatbot } = props;
  return (
    <>
      <div className="stats">
        <div className="stat">
          <div className="value">
            <StatusBadge status={chatbot.status} />
          </div>
          <div className="label">Status</div>
        </div>
        <div className="stat">
          <div className="value">{formatNumber(chatbot.pages_trained)}</div>
          <div className="label">Pages trained</div>
        </div>
        <div className="stat">
          <div className="value cb-stat-date">{formatDate(chatbot.trained_at)}</div>
          <div className="label">Last trained</div>
        </div>
        <div className="stat">
          <div className="value cb-stat-date">{formatDate(chatbot.created_at)}</div>
          <div className="label">Created</div>
        </div>
      </div>
      <TrainingStatus {...props} />
      <section className="panel" aria-labelledby="sources-heading">
        <h2 id="sources-heading">Learns from</h2>
        <dl className="cb-facts">
          <dt>Website</dt>
          <dd className="cb-url">{chatbot.website_url ?? '—'}</dd>
          <dt>Sitemap</dt>
          <dd className="cb-url">{chatbot.sitemap_url ?? 'found automatically'}</dd>
          {chatbot.urls.length > 0 && (
            <>
              <dt>Extra pages</dt>
              <dd>{plural(chatbot.urls.length, 'page')}</dd>
            </>
          )}
          <dt>Limits</dt>
          <dd>
            at most {plural(chatbot.crawl.max_pages, 'page')}, {plural(chatbot.crawl.max_depth, 'link')} deep
          </dd>
        </dl>
        <p className="muted">
          {/* Link names differ from the tabs' own, so each control has one name on the page. */}
          <Link to={chatbotPath(chatbot.id, 'settings')}>Change what it learns from</Link> ·{' '}
          <Link to={chatbotPath(chatbot.id, 'sources')}>Add texts, answers and files</Link> ·{' '}
          <Link to={chatbotPath(chatbot.id, 'pages')}>See the pages it learned</Link> ·{' '}
          <Link to={chatbotPath(chatbot.id, 'playground')}>Ask it a question</Link>
        </p>
      </section>
    </>
  );
}
