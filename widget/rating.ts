import { WidgetError, type Api, type Rating } from './api.js';
import { THUMB_ICON, h, icon } from './dom.js';

/** Which answer the buttons rate, in which conversation, and how it was rated before. */
export interface RatingOptions {
  api: Api;
  messageId: string;
  conversation: { id: string; token: string };
  rating: Rating | null;
}

const RATINGS: Rating[] = ['up', 'down'];
const LABELS = ['Helpful', 'Not helpful'];
const NOTICE_MS = 5000;

/**
 * "Helpful" / "Not helpful" toggle buttons under an answer, the pressed one
 * its current rating. Shown pressed at once; a refused rating goes back to
 * the one before and says why for a few seconds.
 */
export function ratingButtons({ api, messageId, conversation, rating }: RatingOptions): HTMLDivElement {
  let current = rating;
  let pending = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const notice = h('span', { class: 'x', role: 'alert' });
  const buttons = RATINGS.map((value, i) => {
    const button = h('button', { type: 'button', 'aria-label': LABELS[i] as string }, icon(THUMB_ICON));
    button.addEventListener('click', () => rate(value));
    return button;
  });
  const press = (value: Rating | null) =>
    buttons.forEach((button, i) => button.setAttribute('aria-pressed', String(RATINGS[i] === value)));

  async function rate(value: Rating) {
    // The API cannot take a rating back: pressing the pressed one again changes nothing.
    if (pending || value === current) return;
    pending = true;
    const before = current;
    press((current = value));
    try {
      await api.rate(messageId, { rating: value, conversation_id: conversation.id }, conversation.token);
    } catch (err) {
      press((current = before));
      notice.textContent = err instanceof WidgetError ? err.message : 'Your rating could not be saved.';
      clearTimeout(timer);
      timer = setTimeout(() => (notice.textContent = ''), NOTICE_MS);
    } finally {
      pending = false;
    }
  }

  press(current);
  return h('div', { class: 'r', role: 'group', 'aria-label': 'Rate this answer' }, notice, ...buttons);
}
