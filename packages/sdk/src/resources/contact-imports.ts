import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import { segment as s } from '../query.js';
import { sleep } from '../retry.js';
import type { ListItem, ResponseBody } from '../types.js';
import { call, listOf, type Query } from './shared.js';

/** A CSV import and its progress. */
export type ContactImport = ResponseBody<'/v1/contacts/imports/{id}', 'get'>;

/** How `imports.wait` polls. */
export interface WaitOptions extends RequestOptions {
  /** Time between two looks, in ms (default 1000). */
  intervalMs?: number;
}

/** `grivo.contacts.imports`: CSV imports and their progress. */
export class ContactImports {
  constructor(private readonly http: Transport) {}

  /** GET /v1/contacts/imports */
  list(
    query?: Query<'/v1/contacts/imports'>,
    options?: RequestOptions,
  ): ListRequest<ListItem<'/v1/contacts/imports'>, ResponseBody<'/v1/contacts/imports', 'get'>> {
    return listOf(this.http, '/v1/contacts/imports', query, options);
  }

  /** GET /v1/contacts/imports/{id} */
  get(id: string, options?: RequestOptions): Promise<ContactImport> {
    return call(this.http, 'GET', `/v1/contacts/imports/${s(id)}`, { options });
  }

  /** Polls an import until it is `completed` or `failed` (abort with `signal`), and gives it. */
  async wait(id: string, options: WaitOptions = {}): Promise<ContactImport> {
    const { intervalMs = 1000, ...requestOptions } = options;
    for (;;) {
      const found = await this.get(id, requestOptions);
      if (found.status === 'completed' || found.status === 'failed') return found;
      await sleep(intervalMs, options.signal);
    }
  }
}
