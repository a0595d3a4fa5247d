import { useRef } from 'react';
import { Link } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Notice, ProgressBar } from '../../ui/feedback';
import { formatDate, formatNumber, plural } from '../../ui/format';
import { trainChatbot } from './api';
import type { TabProps } from './chatbot-page';
import { chatbotPath, type Chatbot } from './types';

const hasSources = (c: Chatbot) => Boolean(c.website_url || c.sitemap_url || c.urls.length > 0);

/** Where training stands — live while it runs — and the button to train again. */
export function TrainingStatus({ chatbot, refresh }: TabProps) {
  const train = useAction(() => trainChatbot(chatbot.id));
  const retrain = async () => {
    if (await train.run()) refresh();
  };
  const training = chatbot.status === 'training';
  return (
    <section className="panel stack" aria-labelledby="training-heading">
      <h2 id="training-heading">Training</h2>
      {training && <Progress chatbot={chatbot} />}
      {chatbot.status === 'failed' && (
        <div className="note note-error" role="alert">
          Training failed: {chatbot.error ?? 'no reason was given.'}
        </div>
      )}
      {/* A retraining that reached no page keeps the old pages and says why here. */}
      {chatbot.status === 'active' && chatbot.error && (
        <Notice tone="warning">The last training had a problem: {chatbot.error}</Notice>
      )}
      {chatbot.status === 'active' && (
        <p className="muted">
          Learned {plural(chatbot.pages_trained, 'page')}, last trained {formatDate(chatbot.trained_at)}. Retrain after
          your website changes; only changed pages are read again.
        </p>
      )}
      {chatbot.status === 'untrained' && !hasSources(chatbot) && (
        <p>
          This chatbot has nothing to learn from yet:{' '}
          <Link to={chatbotPath(chatbot.id, 'settings')}>add your website URL</Link>, then train it.
        </p>
      )}
      <ErrorNote error={train.error} />
      <div className="actions">
        <Button
          variant={training ? 'secondary' : 'primary'}
          onClick={() => void retrain()}
          pending={train.pending}
          disabled={training || !hasSources(chatbot)}
        >
          Retrain
        </Button>
        {training && <span className="muted">The chatbot keeps answering from its current pages meanwhile.</span>}
      </div>
    </section>
  );
}

function Progress({ chatbot }: { chatbot: Chatbot }) {
  const done = chatbot.training?.pages_done ?? 0;
  const total = chatbot.training?.pages_total ?? null;
  // The highest share shown in this run (this is mounted only while it trains): a later poll never shows less.
  const shown = useRef({ share: 0 });
  if (done === 0) return <ProgressBar label="Finding pages on your website…" />;
  // While the crawl still finds pages, the total is unknown: no percentage that would drop later.
  if (total === null) return <ProgressBar label={`Reading the site — ${plural(done, 'page')} so far`} />;
  const share = Math.max(shown.current.share, Math.min(done / total, 1));
  shown.current.share = share;
  return (
    <ProgressBar
      label={`Read ${formatNumber(Math.round(share * total))} of ${plural(total, 'page')}`}
      value={Math.round(share * 1000)}
      max={1000}
    />
  );
}
