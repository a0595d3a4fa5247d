import { WidgetError, type Api, type Settings, type Source } from './api.js';
import { CHAT_ICON, CLOSE_ICON, SEND_ICON, answerNodes, h, icon, safeHref } from './dom.js';
import { leadForm } from './lead-form.js';
import { loadState, saveState } from './session.js';
import { CSS } from './styles.js';

/** What the panel needs: the API, and the settings or why they could not be loaded. */
export interface PanelOptions {
  api: Api;
  chatbotId: string;
  settings: Settings | null;
  error?: string;
}

/** Renders the bubble and the chat panel into `host`'s shadow root and runs the conversation. */
export function mountChatPanel(host: HTMLElement, { api, chatbotId, settings, error }: PanelOptions): void {
  const state = loadState(chatbotId);
  const save = () => saveState(chatbotId, state);
  const name = settings?.name || 'Chat';
  const title = settings ? `chat with ${name}` : 'chat';
  const color = /^#[0-9a-f]{6}$/i.test(settings?.color || '') ? (settings as Settings).color : '#2563eb';
  const lead = settings?.lead_capture;
  let busy = false;
  let skipped = false;
  let openForm: HTMLFormElement | undefined;

  const log = h('div', { class: 'm', role: 'log', 'aria-live': 'polite' });
  const input = h('input', {
    id: 'q',
    name: 'message',
    autocomplete: 'off',
    maxlength: '4000',
    placeholder: 'Type your question…',
  });
  const send = h('button', { type: 'submit', class: 's', 'aria-label': 'Send' }, icon(SEND_ICON));
  const ask = h('form', { class: 'f' }, h('label', { for: 'q', class: 'sr' }, 'Your question'), input, send);
  const close = h('button', { type: 'button', 'aria-label': 'Close chat' }, icon(CLOSE_ICON));
  const panel = h(
    'div',
    { class: 'p', role: 'dialog', 'aria-label': `Chat${settings ? ` with ${name}` : ''}`, hidden: '' },
    h('div', { class: 'h' }, h('span', null, name), close),
    log,
    ask,
  );
  const bubble = h(
    'button',
    { type: 'button', class: 'b', 'aria-label': `Open ${title}`, 'aria-expanded': 'false', 'aria-haspopup': 'dialog' },
    icon(CHAT_ICON),
  );
  const wrap = h('div', { class: settings?.position === 'bottom-left' ? 'g l' : 'g' }, bubble, panel);
  wrap.style.setProperty('--c', color);
  wrap.style.setProperty('--t', readableOn(color));

  const root = host.attachShadow({ mode: 'open' });
  // A constructed sheet passes a page's CSP that forbids inline <style>.
  if ('adoptedStyleSheets' in root && 'replaceSync' in CSSStyleSheet.prototype) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
    root.adoptedStyleSheets = [sheet];
  } else root.append(h('style', null, CSS));
  root.append(wrap);

  const add = <T extends HTMLElement>(el: T): T => {
    log.append(el);
    log.scrollTop = log.scrollHeight;
    return el;
  };
  const say = (text: string) => add(h('div', { class: 'a' }, text));

  function isOpen() {
    return !panel.hidden;
  }
  function open() {
    panel.hidden = false;
    bubble.setAttribute('aria-expanded', 'true');
    bubble.replaceChildren(icon(CLOSE_ICON));
    const target = ask.hidden ? openForm?.querySelector('input') : input;
    (target || close).focus();
  }
  function hide() {
    panel.hidden = true;
    bubble.setAttribute('aria-expanded', 'false');
    bubble.replaceChildren(icon(CHAT_ICON));
    bubble.focus();
  }
  bubble.addEventListener('click', () => (isOpen() ? hide() : open()));
  close.addEventListener('click', hide);
  panel.addEventListener('keydown', (event) => {
    if (event.key === 'Escape') hide();
  });

  function showLeadForm(gate: boolean) {
    if (openForm) return;
    const form = leadForm({
      api,
      gate,
      conversation: () => ({ id: state.conversationId, token: state.conversationToken }),
      onSaved(saved) {
        state.conversationId = saved.conversationId;
        state.conversationToken = saved.conversationToken;
        state.leadCaptured = true;
        save();
        form.remove();
        openForm = undefined;
        say(`Thanks${saved.name ? `, ${saved.name}` : ''}! We'll be in touch.`);
        ask.hidden = false;
        input.focus();
      },
      onSkip() {
        skipped = true;
        form.remove();
        openForm = undefined;
        input.focus();
      },
    });
    openForm = add(form);
    if (gate) ask.hidden = true;
  }

  async function askQuestion(message: string) {
    add(h('div', { class: 'u' }, message));
    const typing = add(
      h('div', { class: 'a ty', role: 'status', 'aria-label': `${name} is typing` }, h('i'), h('i'), h('i')),
    );
    const text = document.createTextNode('');
    const answer = h('div', { class: 'a' }, text);
    const show = () => {
      if (typing.isConnected) typing.replaceWith(answer);
    };
    log.setAttribute('aria-busy', 'true');
    try {
      const done = await chatOnce(message, (piece) => {
        show();
        text.data += piece;
        log.scrollTop = log.scrollHeight;
      });
      show();
      text.replaceWith(...answerNodes(done.answer));
      if (done.sources.length) answer.append(sourceList(done.sources));
      if (!done.answered && lead?.enabled && lead.when === 'unanswered' && !state.leadCaptured && !skipped)
        showLeadForm(false);
    } catch (err) {
      typing.remove();
      add(
        h(
          'div',
          { class: 'e', role: 'alert' },
          err instanceof WidgetError ? err.message : 'Something went wrong. Please try again.',
        ),
      );
    } finally {
      log.removeAttribute('aria-busy');
      log.scrollTop = log.scrollHeight;
    }
  }

  // A conversation the server no longer knows (deleted, other chatbot) starts over once.
  async function chatOnce(message: string, delta: (text: string) => void, retried = false): ReturnType<Api['chat']> {
    const conversationId = state.conversationId;
    try {
      return await api.chat(
        { message, ...(conversationId ? { conversation_id: conversationId } : {}) },
        {
          meta(meta) {
            state.conversationId = meta.conversation_id;
            state.conversationToken = meta.conversation_token;
            save();
          },
          delta,
        },
        state.conversationToken,
      );
    } catch (err) {
      if (retried || !conversationId || !(err instanceof WidgetError) || err.status !== 404) throw err;
      delete state.conversationId;
      delete state.conversationToken;
      save();
      return chatOnce(message, delta, true);
    }
  }

  ask.addEventListener('submit', async (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message || busy) return;
    busy = true;
    send.disabled = true;
    input.value = '';
    await askQuestion(message);
    busy = false;
    send.disabled = false;
  });

  if (!settings) {
    add(h('div', { class: 'e', role: 'alert' }, error || 'This chat is unavailable right now.'));
    ask.hidden = true;
    return;
  }
  say(settings.welcome_message || 'Hi! Ask me anything.');
  if (lead?.enabled && lead.when === 'start' && !state.leadCaptured) showLeadForm(true);
}

// Numbered like the answer's [n] markers, which cite the sources in order.
function sourceList(sources: Source[]): HTMLUListElement {
  return h(
    'ul',
    { class: 'src', 'aria-label': 'Sources' },
    ...sources.map((source, i) => {
      const label =
        (source.section && source.section !== source.title ? `${source.title} › ${source.section}` : source.title) ||
        source.url;
      const href = safeHref(source.url);
      return h(
        'li',
        null,
        `[${i + 1}] `,
        href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', title: source.snippet }, label) : label,
      );
    }),
  );
}

/** Dark text on a light brand colour, white on a dark one. */
function readableOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) * 299 + ((n >> 8) & 255) * 587 + (n & 255) * 114) / 1000 > 160 ? '#111827' : '#fff';
}
