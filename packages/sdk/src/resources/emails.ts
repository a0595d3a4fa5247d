import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import type { ListItem, RequestBody, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A transactional email and what became of it (`status`, `events`). */
export type Email = ResponseBody<'/v1/emails/{id}', 'get'>;
/** What `emails.send` takes: `to`, and a subject and body or a `template_id`, with the `data` they render. */
export type SendEmailBody = RequestBody<'/v1/emails', 'post'>;

/** `grivo.emails`: transactional emails, one recipient each. */
export class Emails {
  constructor(private readonly http: Transport) {}

  /**
   * POST /v1/emails — rendered now, sent in the background: answers 202 with
   * `status: 'queued'`, or `'suppressed'` (nothing sent, `error` says why) for
   * a suppressed address. The sender defaults to the workspace's (`settings`).
   */
  send(body: SendEmailBody, options?: RequestOptions): Promise<Email> {
    return call(this.http, 'POST', '/v1/emails', { body, options });
  }

  /** GET /v1/emails — newest first; `status` and `to` filter. */
  list(
    query?: Query<'/v1/emails'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/emails'>, ResponseBody<'/v1/emails', 'get'>> {
    return listOf(this.http, '/v1/emails', query, options);
  }

  /** GET /v1/emails/{id} — with its history: queued, sent, delivered, bounced… */
  get(id: string, options?: RequestOptions): Promise<Email> {
    return call(this.http, 'GET', `/v1/emails/${s(id)}`, { options });
  }
}
