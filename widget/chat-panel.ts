import { WidgetError, type Api, type Message, type Settings, type Source } from './api.js';
import { CHAT_ICON, CLOSE_ICON, SEND_ICON, answerNodes, h, icon, safeHref } from './dom.js';
import { leadForm } from './lead-form.js';
import { ratingButtons, type RatingOptions } from './rating.js';
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
  const color = settings && /^#[0-9a-f]{6}$/i.test(settings.color) ? settings.color : '#2563eb';
  const lead = settings?.lead_capture;
  let busy = false;
  let skipped = false;
  let openForm: HTMLFormElement | undefined;
  let starters: HTMLElement | undefined;
  // The stored conversation is read back on the first open only: later opens still show it.
  let restored = !settings || !state.conversationId || !state.conversationToken;

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
  const forget = () => {
    delete state.conversationId;
    delete state.conversationToken;
    save();
  };

  function isOpen() {
    return !panel.hidden;
  }
  function open() {
    panel.hidden = false;
    bubble.setAttribute('aria-expanded', 'true');
    bubble.replaceChildren(icon(CLOSE_ICON));
    const target = ask.hidden ? openForm?.querySelector('input') : input;
    (target || close).focus();
    if (!restored) {
      restored = true;
      void restore();
    }
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
      consent: lead?.consent,
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
        showStarters();
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
      fillAnswer(answer, done.answer, done.sources, {
        api,
        messageId: done.message_id,
        conversation: { id: done.conversation_id, token: done.conversation_token },
        rating: null,
      });
      if (!done.answered && lead?.enabled && lead.when === 'unanswered' && !state.leadCaptured && !skipped)
        showLeadForm(false);
    } catch (err) {
      typing.remove();
      add(h('div', { class: 'e', role: 'alert' }, errorText(err)));
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
      forget();
      return chatOnce(message, delta, true);
    }
  }

  /** Asks a question typed or picked from the starter questions, one at a time. */
  async function submit(message: string) {
    if (busy) return;
    busy = true;
    send.disabled = true;
    hideStarters();
    await askQuestion(message);
    busy = false;
    send.disabled = false;
  }

  ask.addEventListener('submit', (event) => {
    event.preventDefault();
    const message = input.value.trim();
    if (!message || busy) return;
    input.value = '';
    void submit(message);
  });

  // Offered while nothing was asked yet: not while the conversation is being read back
  // or answered, nor while the lead form must come first.
  function showStarters() {
    const questions = settings?.starter_questions?.slice(0, 4) || [];
    if (starters || busy || !questions.length || ask.hidden || log.querySelector('.u')) return;
    starters = add(
      h(
        'div',
        { class: 'q', role: 'group', 'aria-label': 'Suggested questions' },
        ...questions.map((question) => {
          const chip = h('button', { type: 'button' }, question);
          chip.addEventListener('click', () => {
            // The chip goes away: the focus goes where the conversation goes on.
            input.focus();
            void submit(question);
          });
          return chip;
        }),
      ),
    );
  }
  function hideStarters() {
    starters?.remove();
    starters = undefined;
  }

  /** Shows the stored conversation under the welcome; one the server no longer knows is forgotten. */
  async function restore() {
    const conversation = { id: state.conversationId as string, token: state.conversationToken as string };
    busy = true;
    log.setAttribute('aria-busy', 'true');
    try {
      const { messages } = await api.conversation(conversation.id, conversation.token);
      welcome.after(...messages.map((message) => messageNode(message, conversation)));
    } catch (err) {
      if (err instanceof WidgetError && err.status === 404) forget();
      else welcome.after(h('div', { class: 'e', role: 'alert' }, errorText(err)));
    }
    busy = false;
    log.removeAttribute('aria-busy');
    log.scrollTop = log.scrollHeight;
    showStarters();
  }

  function messageNode(message: Message, conversation: RatingOptions['conversation']): HTMLElement {
    if (message.role === 'user') return h('div', { class: 'u' }, message.content);
    return fillAnswer(h('div', { class: 'a' }), message.content, message.sources, {
      api,
      messageId: message.id,
      conversation,
      rating: message.feedback?.rating || null,
    });
  }

  if (!settings) {
    add(h('div', { class: 'e', role: 'alert' }, error || 'This chat is unavailable right now.'));
    ask.hidden = true;
    return;
  }
  const welcome = say(settings.welcome_message || 'Hi! Ask me anything.');
  if (lead?.enabled && lead.when === 'start' && !state.leadCaptured) showLeadForm(true);
  if (restored) showStarters();
}

/** An answer's text, the sources it cites, and buttons to rate it, in its bubble. */
function fillAnswer(bubble: HTMLElement, text: string, sources: Source[], rating: RatingOptions): HTMLElement {
  bubble.replaceChildren(...answerNodes(text));
  if (sources.length) bubble.append(sourceList(sources));
  bubble.append(ratingButtons(rating));
  return bubble;
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

/** The visitor's sentence; the API's own words go to the console, for the site's developer. */
function errorText(err: unknown): string {
  if (err instanceof WidgetError && err.detail) console.warn(`Grivo widget: ${err.detail}`);
  return err instanceof WidgetError ? err.message : 'Something went wrong. Please try again.';
}

/** Dark text on a light brand colour, white on a dark one. */
function readableOn(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return ((n >> 16) * 299 + ((n >> 8) & 255) * 587 + (n & 255) * 114) / 1000 > 160 ? '#111827' : '#fff';
}
