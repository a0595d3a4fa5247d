import type { RequestOptions, Transport } from '../http.js';
import { segment as s } from '../query.js';
import { sleep } from '../retry.js';
import type { RequestBody, ResponseBody } from '../types.js';
import type { WaitOptions } from './contact-imports.js';
import { call } from './shared.js';

/** A bulk action on contacts and its progress. */
export type ContactBulkAction = ResponseBody<'/v1/contacts/bulk/{id}', 'get'>;

/** `grivo.contacts.bulk`: tagging, untagging, unsubscribing or deleting many contacts at once. */
export class ContactBulkActions {
  constructor(private readonly http: Transport) {}

  /**
   * POST /v1/contacts/bulk — `action` on exactly one of `ids`, `segment` or `filter`;
   * it runs in the background (202): `bulk.wait(id)`.
   */
  create(body: RequestBody<'/v1/contacts/bulk', 'post'>, options?: RequestOptions): Promise<ContactBulkAction> {
    return call(this.http, 'POST', '/v1/contacts/bulk', { body, options });
  }

  /** GET /v1/contacts/bulk/{id} */
  get(id: string, options?: RequestOptions): Promise<ContactBulkAction> {
    return call(this.http, 'GET', `/v1/contacts/bulk/${s(id)}`, { options });
  }

  /** Polls an action until it is `done` or `failed` (abort with `signal`), and gives it. */
  async wait(id: string, options: WaitOptions = {}): Promise<ContactBulkAction> {
    const { intervalMs = 1000, ...requestOptions } = options;
    for (;;) {
      const found = await this.get(id, requestOptions);
      if (found.status === 'done' || found.status === 'failed') return found;
      await sleep(intervalMs, options.signal);
    }
  }
}
