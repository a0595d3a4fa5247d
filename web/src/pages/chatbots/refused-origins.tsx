import { useState } from 'react';
import { call, read } from '../../api/client';
import { useAction, useApi } from '../../api/hooks';
import { Button } from '../../ui/buttons';
import { ErrorNote, Notice } from '../../ui/feedback';
import { formatDate, plural } from '../../ui/format';
import { updateChatbot } from './api';
import type { TabProps } from './chatbot-page';

const readRefused = (id: string) => read('/v1/chatbots/{id}/refused-origins', { params: { id } });
const dismiss = (id: string, origin: string) =>
  call('delete', '/v1/chatbots/{id}/refused-origins/{origin}', { params: { id, origin } });

/** The allowed domain that lets an origin in: its host, with the port when it is not the scheme's own. */
export const domainOf = (origin: string) => new URL(origin).host;

/**
 * Websites that put the widget on a page although they are not allowed: the
 * owner allows one in a click (its host joins allowed_domains) or dismisses it.
 */
export function RefusedOrigins({ chatbot, refresh }: TabProps) {
  const list = useApi(readRefused(chatbot.id));
  const [done, setDone] = useState<string>();
  const allow = useAction(async (origin: string) => {
    const domain = domainOf(origin);
    if (!chatbot.allowed_domains.includes(domain))
      await updateChatbot(chatbot.id, { allowed_domains: [...chatbot.allowed_domains, domain] });
    await dismiss(chatbot.id, origin).catch(() => undefined);
    return domain;
  });
  const drop = useAction((origin: string) => dismiss(chatbot.id, origin));
  const origins = list.data?.data ?? [];
  if (origins.length === 0 && !done && !list.error) return null;

  return (
    <section className="panel stack" aria-labelledby="refused-heading">
      <h2 id="refused-heading">Websites that tried to show the chatbot</h2>
      {origins.length > 0 && (
        <p className="muted">
          The widget stayed hidden on these websites because they are not in the allowed domains. Allow the ones that
          are yours.
        </p>
      )}
      {done && <Notice tone="success">{done}</Notice>}
      <ErrorNote error={list.error ?? allow.error ?? drop.error} labels={{ allowed_domains: 'Allowed domains' }} />
      {origins.length > 0 && (
        <ul className="cb-refused" aria-label="Refused websites">
          {origins.map((o) => (
            <li key={o.origin} className="cb-refused-item">
              <div className="cb-refused-what">
                <code className="cb-url">{o.origin}</code>
                <span className="muted">
                  {plural(o.count, 'request')} refused, last on {formatDate(o.last_seen_at)}
                </span>
              </div>
              <div className="actions">
                <Button
                  variant="primary"
                  aria-label={`Allow ${o.origin}`}
                  pending={allow.pending}
                  onClick={async () => {
                    const domain = await allow.run(o.origin);
                    if (!domain) return;
                    refresh();
                    await list.reload(true);
                    setDone(`${domain} is allowed: the chatbot now appears on ${o.origin}.`);
                  }}
                >
                  Allow
                </Button>
                <Button
                  aria-label={`Dismiss ${o.origin}`}
                  pending={drop.pending}
                  onClick={async () => {
                    if (!(await drop.run(o.origin))) return;
                    await list.reload(true);
                    setDone(`${o.origin} was dismissed. It is listed again if it tries once more.`);
                  }}
                >
                  Dismiss
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
