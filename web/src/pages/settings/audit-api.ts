// The audit log the dashboard reads, typed by the OpenAPI document.
import type { ListItem, QueryParams } from '@grivo/sdk';
import { read } from '../../api/client';

/** One entry of GET /v1/audit-log. */
export type AuditEntry = ListItem<'/v1/audit-log'>;
export type AuditQuery = QueryParams<'/v1/audit-log', 'get'>;
export type AuditResourceType = NonNullable<AuditQuery['resource_type']>;

export const readAuditLog = (query: AuditQuery) => read('/v1/audit-log', { query });
