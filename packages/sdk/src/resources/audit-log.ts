import type { RequestOptions, Transport } from '../http.js';
import type { ListRequest } from '../list.js';
import type { ListItem, ResponseBody } from '../types.js';
import { listOf, type Query } from './shared.js';

/** One entry of the audit log: who (`actor`) did what (`action`) to which `resource`, and when. */
export type AuditEntry = ListItem<'/v1/audit-log'>;

/** `grivo.auditLog`: who did what in the workspace (keys, sends, exports, erasures, settings). */
export class AuditLog {
  constructor(private readonly http: Transport) {}

  /** GET /v1/audit-log — newest first; `action`, `actor_type`, `resource_type`, `since` and `until` filter. */
  list(
    query?: Query<'/v1/audit-log'>,
    options?: RequestOptions,
  ): ListRequest<AuditEntry, ResponseBody<'/v1/audit-log', 'get'>> {
    return listOf(this.http, '/v1/audit-log', query, options);
  }
}
