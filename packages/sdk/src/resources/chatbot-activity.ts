import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** `grivo.chatbots.leads`: visitors who left their email in the widget. */
export class ChatbotLeads {
  constructor(private readonly http: Transport) {}

  /** GET /v1/chatbots/{id}/leads */
  list(
    id: string,
    query?: Query<'/v1/chatbots/{id}/leads'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/chatbots/{id}/leads'>, ResponseBody<'/v1/chatbots/{id}/leads', 'get'>> {
    return listOf(this.http, `/v1/chatbots/${s(id)}/leads`, query, options);
  }

  /**
   * GET /v1/chatbots/{id}/leads/export — every lead as CSV, streamed: a
   * ReadableStream of its bytes (`await new Response(stream).text()` for the text).
   */
  async export(
    id: string,
    query?: Query<'/v1/chatbots/{id}/leads/export'>,
    options?: RequestOptions,
  ): Promise<ReadableStream<Uint8Array>> {
    const response = await this.http.stream({
      method: 'GET',
      path: `/v1/chatbots/${s(id)}/leads/export`,
      query,
      accept: 'text/csv',
      options,
    });
    return response.body ?? new Blob([]).stream();
  }
}

/** `grivo.chatbots.conversations`: conversations with a chatbot. */
export class ChatbotConversations {
  constructor(private readonly http: Transport) {}

  /** GET /v1/chatbots/{id}/conversations — latest first, filtered by `unanswered`, `feedback` or `lead`. */
  list(
    id: string,
    query?: Query<'/v1/chatbots/{id}/conversations'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/chatbots/{id}/conversations'>, ResponseBody<'/v1/chatbots/{id}/conversations', 'get'>> {
    return listOf(this.http, `/v1/chatbots/${s(id)}/conversations`, query, options);
  }

  /** GET /v1/chatbots/{id}/conversations/{conversation_id} — with its messages. */
  get(
    id: string,
    conversationId: string,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/conversations/{conversation_id}', 'get'>> {
    return call(this.http, 'GET', `/v1/chatbots/${s(id)}/conversations/${s(conversationId)}`, { options });
  }
}

/** `grivo.chatbots.refusedOrigins`: websites the widget was refused on (not in the chatbot's allowed_domains). */
export class ChatbotRefusedOrigins {
  constructor(private readonly http: Transport) {}

  /** GET /v1/chatbots/{id}/refused-origins — most recently seen first (the 20 most recent are kept). */
  list(id: string, options?: RequestOptions): Promise<ResponseBody<'/v1/chatbots/{id}/refused-origins', 'get'>> {
    return call(this.http, 'GET', `/v1/chatbots/${s(id)}/refused-origins`, { options });
  }

  /** DELETE /v1/chatbots/{id}/refused-origins/{origin} — takes `https://host[:port]` off the list. */
  delete(
    id: string,
    origin: string,
    options?: RequestOptions,
  ): Promise<ResponseBody<'/v1/chatbots/{id}/refused-origins/{origin}', 'delete'>> {
    return call(this.http, 'DELETE', `/v1/chatbots/${s(id)}/refused-origins/${s(origin)}`, { options });
  }
}
