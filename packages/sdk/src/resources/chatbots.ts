import { errorFromEvent } from '../errors.js';
import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import { readEvents } from '../sse.js';
import type { ListItem, RequestBody, ResponseBody, StreamEvent } from '../types.js';
import { ChatbotConversations, ChatbotLeads, ChatbotRefusedOrigins } from './chatbot-activity.js';
import { ChatbotSources } from './chatbot-sources.js';
import { call, listOf, type Query } from './shared.js';

/** A chatbot. */
export type Chatbot = ResponseBody<'/v1/chatbots/{id}', 'get'>;
/** What `chat` sends: the question, and the conversation it continues. */
export type ChatBody = Omit<RequestBody<'/v1/chatbots/{id}/chat', 'post'>, 'stream'>;
/** A whole answer, with the pages it cites. */
export type ChatResponse = ResponseBody<'/v1/chatbots/{id}/chat', 'post'>;
/**
 * An event of a streamed answer: `meta` first (ids, sources, whether it is
 * answered), then `delta` pieces of text, then `done` with the whole answer.
 * An `error` event is thrown as a GrivoError instead.
 */
export type ChatStreamEvent = Exclude<StreamEvent<'/v1/chatbots/{id}/chat', 'post'>, { event: 'error' }>;

/** `grivo.chatbots`: chatbots, their training, chat, search and analytics. */
export class Chatbots {
  /** Texts, Q&As, files and crawl settings a chatbot learns from. */
  readonly sources: ChatbotSources;
  /** Visitors who left their email in the widget. */
  readonly leads: ChatbotLeads;
  /** Conversations with a chatbot, with their messages. */
  readonly conversations: ChatbotConversations;
  /** Websites the widget was refused on, for allowing or dismissing. */
  readonly refusedOrigins: ChatbotRefusedOrigins;

  constructor(private readonly http: Transport) {
    this.sources = new ChatbotSources(http);
    this.leads = new ChatbotLeads(http);
    this.conversations = new ChatbotConversations(http);
    this.refusedOrigins = new ChatbotRefusedOrigins(http);
  }

  /** GET /v1/chatbots */
  list(
    query?: Query<'/v1/chatbots'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/chatbots'>, ResponseBody<'/v1/chatbots', 'get'>> {
    return listOf(this.http, '/v1/chatbots', query, options);
  }

  /** POST /v1/chatbots — trains in the background when given a website, sitemap or URLs. */
  create(body: RequestBody<'/v1/chatbots', 'post'>, options?: RequestOptions): Promise<Chatbot> {
    return call(this.http, 'POST', '/v1/chatbots', { body, options });
  }

  /** GET /v1/chatbots/{id} */
  get(id: string, options?: RequestOptions): Promise<Chatbot> {
    return call(this.http, 'GET', `/v1/chatbots/${s(id)}`, { options });
  }

  /** PATCH /v1/chatbots/{id} */
  update(id: string, body: RequestBody<'/v1/chatbots/{id}', 'patch'>, options?: RequestOptions): Promise<Chatbot> {
    return call(this.http, 'PATCH', `/v1/chatbots/${s(id)}`, { body, options });
  }

  /** DELETE /v1/chatbots/{id} */
  delete(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/chatbots/{id}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/chatbots/${s(id)}`, { options });
  }

  /** POST /v1/chatbots/{id}/train — starts training again; poll `get` for its `status`. */
  train(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/chatbots/{id}/train', 'post'>> {
    return call(this.http, 'POST', `/v1/chatbots/${s(id)}/train`, { options });
  }

  /** GET /v1/chatbots/{id}/pages — the pages it was trained on. */
  pages(
    id: string,
    query?: Query<'/v1/chatbots/{id}/pages'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/chatbots/{id}/pages'>, ResponseBody<'/v1/chatbots/{id}/pages', 'get'>> {
    return listOf(this.http, `/v1/chatbots/${s(id)}/pages`, query, options);
  }

  /** POST /v1/chatbots/{id}/chat — the whole answer at once. */
  chat(id: string, body: ChatBody, options?: RequestOptions): Promise<ChatResponse> {
    return call(this.http, 'POST', `/v1/chatbots/${s(id)}/chat`, { body: { ...body, stream: false }, options });
  }

  /**
   * POST /v1/chatbots/{id}/chat with `stream: true` — the answer as it is
   * written. An `error` event from the server is thrown as a GrivoError;
   * leaving the loop early stops the answer.
   */
  async *chatStream(id: string, body: ChatBody, options?: RequestOptions): AsyncGenerator<ChatStreamEvent, void> {
    const response = await this.http.stream({
      method: 'POST',
      path: `/v1/chatbots/${s(id)}/chat`,
      body: { kind: 'json', value: { ...body, stream: true } },
      accept: 'text/event-stream',
      options,
    });
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (!response.body) return;
    for await (const event of readEvents(response.body)) {
      if (event.event === 'error') throw errorFromEvent(event.data, requestId);
      if (event.event === 'meta' || event.event === 'delta' || event.event === 'done') yield event as ChatStreamEvent;
    }
  }

  /** POST /v1/chatbots/{id}/search — the sections of the trained pages that match a query. */
  search(
    id: string,
    body: RequestBody<'/v1/chatbots/{id}/search', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/search', 'post'>> {
    return call(this.http, 'POST', `/v1/chatbots/${s(id)}/search`, { body, options });
  }

  /** GET /v1/chatbots/{id}/analytics */
  analytics(
    id: string,
    query?: Query<'/v1/chatbots/{id}/analytics'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/analytics', 'get'>> {
    return call(this.http, 'GET', `/v1/chatbots/${s(id)}/analytics`, { query, options });
  }

  /** POST /v1/chatbots/{id}/messages/{message_id}/feedback — rates an answer. */
  feedback(
    id: string,
    messageId: string,
    body: RequestBody<'/v1/chatbots/{id}/messages/{message_id}/feedback', 'post'>,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/messages/{message_id}/feedback', 'post'>> {
    return call(this.http, 'POST', `/v1/chatbots/${s(id)}/messages/${s(messageId)}/feedback`, { body, options });
  }
}
