// The embeddable chat widget. A site adds one tag:
//   <script src="https://GRIVO_HOST/widget.js" data-chatbot="bot_…" async></script>
// and the widget talks to the public endpoints next to where it was loaded
// from (or `data-api`), with no credentials: nothing secret is in a browser.
import { createApi, type Settings } from './api.js';
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
    (settings): { settings: Settings | null; error?: string } => ({ settings }),
    (err: Error) => {
      console.warn(`Grivo widget: ${err.message}`);
      return { settings: null, error: err.message };
    },
  );
  const mount = () =>
    loaded.then((result) => {
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
