import type { RequestBody, ResponseBody, StreamEvent } from '@grivo/sdk';
import { sseParser } from './sse.js';

// The public routes' shapes, as the OpenAPI document types them (packages/sdk/src/generated/openapi.ts).

/** What GET /public/chatbots/:id returns: only what a visitor may see. */
export type Settings = ResponseBody<'/public/chatbots/{id}', 'get'>;

/** A whole answer, as `done` or the non-streaming response carries it; its conversation_token proves the conversation is this visitor's. */
export type Answer = ResponseBody<'/public/chatbots/{id}/chat', 'post'>;
export type Source = Answer['sources'][number];

type Conversation = ResponseBody<'/public/chatbots/{id}/conversations/{conversation_id}', 'get'>;
/** One message of a conversation read back after a page load. */
export type Message = Conversation['messages'][number];

type LeadBody = RequestBody<'/public/chatbots/{id}/leads', 'post'>;
type Lead = ResponseBody<'/public/chatbots/{id}/leads', 'post'>;
type FeedbackBody = RequestBody<'/public/chatbots/{id}/messages/{message_id}/feedback', 'post'>;
export type Rating = FeedbackBody['rating'];
/** One event of a streamed answer: `meta`, `delta`…, then `done` or `error`. */
type ChatEvent = StreamEvent<'/public/chatbots/{id}/chat', 'post'>;
/** What the visitor asks; the page they ask from and `stream` are added here. */
type ChatBody = Pick<RequestBody<'/public/chatbots/{id}/chat', 'post'>, 'message' | 'conversation_id'>;

/** How the answer arrives: ids and sources first, then text piece by piece. */
export interface ChatHandlers {
  meta(meta: Omit<Answer, 'answer'>): void;
  delta(text: string): void;
}

/** A failed call: `message` is fit to show the visitor; `detail` (the API's own words) is for the console only. */
export class WidgetError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string,
    readonly detail = '',
  ) {
    super(message);
  }
}

const NETWORK = 'The chat service could not be reached. Please try again.';

/** The error envelope's parts the widget reads. */
interface Envelope {
  code?: string;
  message?: string;
  status?: number;
  param?: string;
}

/**
 * What a visitor is told about a failed call: a short sentence chosen by the
 * error's code, never the API's message (written for the site's developer,
 * who finds it in the console).
 */
export function visitorText(status: number, e: Envelope, retryAfter?: number): string {
  const code = e.code || '';
  if (status === 429 || code === 'rate_limit_exceeded') {
    const seconds = Math.ceil(retryAfter || Number(/retry after (\d+)/i.exec(e.message || '')?.[1]));
    return `Too many messages. Please try again ${seconds > 0 ? `in ${waitText(seconds)}` : 'shortly'}.`;
  }
  if (code === 'origin_not_allowed') return 'This chat is not available on this website.';
  if (code === 'payload_too_large' || (e.param === 'message' && /at most/.test(e.message || '')))
    return 'Your message is too long. Please shorten it and try again.';
  if (e.param === 'email') return 'Please enter a valid email address.';
  if (e.param === 'name') return 'Please check your name and try again.';
  if (e.param?.startsWith('consent')) return 'Please check the consent box and try again.';
  if (status === 404) return 'This conversation is no longer available. Please reload the page to start again.';
  if (status === 0) return NETWORK;
  if (status >= 500 || code === 'llm_unavailable' || code === 'service_unavailable')
    return 'The chat is temporarily unavailable. Please try again in a moment.';
  return 'Something went wrong. Please try again.';
}

async function failure(res: Response): Promise<WidgetError> {
  let e: Envelope = {};
  try {
    e = ((await res.json()) as { error?: Envelope }).error || {};
  } catch {
    // Not our envelope (a proxy's page): the status decides the words.
  }
  // Retry-After is hidden from a cross-origin page unless exposed; the message says it too.
  const retryAfter = Number(res.headers.get('retry-after')) || undefined;
  return new WidgetError(visitorText(res.status, e, retryAfter), res.status, e.code || 'error', e.message || '');
}

function waitText(seconds: number): string {
  return seconds < 120
    ? `${seconds} s`
    : seconds < 7200
      ? `${Math.ceil(seconds / 60)} min`
      : `${Math.ceil(seconds / 3600)} h`;
}

/** The page the visitor asks from, kept with the conversation; left out when the server would refuse it. */
function pageUrl(): { page_url?: string } {
  const url = location.href;
  return /^https?:/.test(url) && url.length <= 2048 ? { page_url: url } : {};
}

/** The public endpoints of one chatbot, called without credentials. */
export function createApi(base: string, chatbotId: string) {
  const root = `${base}/public/chatbots/${encodeURIComponent(chatbotId)}`;

  async function call(path: string, body?: object, accept = 'application/json', token?: string): Promise<Response> {
    let res: Response;
    const headers: Record<string, string> = body ? { 'content-type': 'application/json', accept } : { accept };
    if (token) headers['x-conversation-token'] = token;
    try {
      res = await fetch(root + path, {
        method: body ? 'POST' : 'GET',
        headers,
        body: body ? JSON.stringify(body) : null,
        credentials: 'omit',
      });
    } catch {
      throw new WidgetError(NETWORK, 0, 'network_error');
    }
    if (!res.ok) throw await failure(res);
    return res;
  }

  return {
    settings: async (): Promise<Settings> => (await call('')).json(),

    lead: async (body: LeadBody, token?: string): Promise<Lead> =>
      (await call('/leads', body, undefined, token)).json(),

    /** The visitor's conversation so far, oldest message first. */
    conversation: async (id: string, token: string): Promise<Conversation> =>
      (await call(`/conversations/${encodeURIComponent(id)}`, undefined, undefined, token)).json(),

    rate: async (messageId: string, body: FeedbackBody, token: string) => {
      await call(`/messages/${encodeURIComponent(messageId)}/feedback`, body, undefined, token);
    },

    /** Streams the answer into `handlers`, resolving with the whole of it. */
    async chat(body: ChatBody, handlers: ChatHandlers, token?: string): Promise<Answer> {
      const res = await call('/chat', { ...body, ...pageUrl(), stream: true }, 'text/event-stream', token);
      if (!res.body || !/event-stream/.test(res.headers.get('content-type') || '')) {
        const answer: Answer = await res.json();
        handlers.meta(answer);
        handlers.delta(answer.answer);
        return answer;
      }
      let done: Answer | undefined;
      let error: WidgetError | undefined;
      const parser = sseParser((raw) => {
        // The stream's events as the OpenAPI document types them.
        const e = { event: raw.event, data: JSON.parse(raw.data) } as ChatEvent;
        if (e.event === 'meta') handlers.meta(e.data);
        else if (e.event === 'delta') handlers.delta(e.data.text);
        else if (e.event === 'done') done = e.data;
        else if (e.event === 'error') {
          const failed = e.data.error || {};
          const status = failed.status || 500;
          error = new WidgetError(visitorText(status, failed), status, failed.code || 'error', failed.message || '');
        }
      });
      const reader = res.body.getReader();
      const decoder = new TextDecoder();
      try {
        for (;;) {
          const { value, done: end } = await reader.read();
          if (end) break;
          parser.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        throw new WidgetError('The answer was interrupted. Please try again.', 0, 'network_error');
      }
      parser.push(decoder.decode());
      parser.end();
      if (error) throw error;
      if (!done) throw new WidgetError('The answer was interrupted. Please try again.', 0, 'network_error');
      return done;
    },
  };
}

export type Api = ReturnType<typeof createApi>;
