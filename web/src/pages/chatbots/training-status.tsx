import { Link } from 'react-router';
import { useAction } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Notice, ProgressBar } from '../../ui/feedback';
import { formatDate, formatNumber } from '../../ui/format';
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
          Learned {formatNumber(chatbot.pages_trained)} pages, last trained {formatDate(chatbot.trained_at)}. Retrain
          after your website changes; only changed pages are read again.
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
  const found = chatbot.training?.pages_found ?? 0;
  const done = chatbot.training?.pages_done ?? 0;
  if (found === 0) return <ProgressBar label="Finding pages on your website…" />;
  return (
    <ProgressBar
      label={`Read ${formatNumber(done)} of ${formatNumber(found)} pages found so far`}
      value={done}
      max={found}
    />
  );
}
