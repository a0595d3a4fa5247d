// The embeddable chat widget. A site adds one tag:
//   <script src="https://GRIVO_HOST/widget.js" data-chatbot="bot_…" async></script>
// and the widget talks to the public endpoints next to where it was loaded
// from (or `data-api`), with no credentials: nothing secret is in a browser.
import { createApi, WidgetError, type Settings } from './api.js';
import { mountChatPanel } from './chat-panel.js';

function findScript(): HTMLScriptElement | null {
  const current = document.currentScript as HTMLScriptElement | null;
  if (current?.hasAttribute('data-chatbot')) return current;
  // currentScript is null once the script runs from a callback; an async tag is found by its attributes.
  return document.querySelector<HTMLScriptElement>('script[data-chatbot][src*="widget.js"]:not([data-grivo-mounted])');
}

function start(): void {
  const script = findScript();
  const chatbotId = script?.getAttribute('data-chatbot');
  if (!script || !chatbotId || script.hasAttribute('data-grivo-mounted')) return;
  script.setAttribute('data-grivo-mounted', '');
  const base = new URL(script.getAttribute('data-api') || '.', script.src).href.replace(/\/+$/, '');
  const api = createApi(base, chatbotId);

  const loaded = api.settings().then(
    (settings): { settings: Settings | null; error?: string; hidden?: boolean } => ({ settings }),
    (err: Error) => {
      // A site that is not allowed shows no bubble at all: a bubble that only fails helps no visitor.
      // The server lets only allowed sites read its refusal, so an unreadable answer (status 0)
      // looks the same as a refusal here, and stays hidden too. The site's owner learns from the
      // console what to add; the dashboard's Embed tab lists the refused site with an Allow button.
      const hidden = err instanceof WidgetError && (err.code === 'origin_not_allowed' || err.status === 0);
      if (hidden)
        console.warn(
          `Grivo widget: chatbot ${chatbotId} stays hidden on ${location.origin}: it is not among the chatbot's ` +
            `allowed domains, or ${base} could not be reached. Add "${location.host}" to the allowed domains ` +
            '(Grivo dashboard → the chatbot → Embed tab → Allow).',
        );
      else console.warn(`Grivo widget: ${err instanceof WidgetError && err.detail ? err.detail : err.message}`);
      return { settings: null, error: err.message, hidden };
    },
  );
  const mount = () =>
    loaded.then(({ hidden, ...result }) => {
      if (hidden) return;
      const host = document.createElement('grivo-chat');
      // Inline and !important: the page's own CSS must not hide or restyle the host.
      host.style.setProperty('all', 'initial', 'important');
      host.style.setProperty('display', 'block', 'important');
      document.body.append(host);
      mountChatPanel(host, { api, chatbotId, ...result });
    });
  if (document.body) mount();
  else document.addEventListener('DOMContentLoaded', mount);
}

start();
