// The bulk-action and tag routes the dashboard calls.
// TODO(generate): switch to the typed `call`/`read` and the generated types once the
// lead regenerates the OpenAPI types (POST /v1/contacts/bulk, GET /v1/contacts/bulk/{id}, GET /v1/tags).
import { call, read, type Read } from '../../api/client';

export type BulkAction = 'tag' | 'untag' | 'unsubscribe' | 'delete';

/** TODO(generate): ResponseBody<'/v1/contacts/bulk/{id}', 'get'>. */
export interface BulkJob {
  id: string;
  action: BulkAction;
  tags: string[];
  status: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  processed: number;
  changed: number;
  not_found: number;
  error: string | null;
  created_at: string;
  finished_at: string | null;
}

/** TODO(generate): RequestBody<'/v1/contacts/bulk', 'post'>. */
export interface BulkBody {
  action: BulkAction;
  tags?: string[];
  ids?: string[];
  filter?: { search?: string; tag?: string; status?: string };
}

/** TODO(generate): ResponseBody<'/v1/tags', 'get'>. */
export interface TagList {
  data: { tag: string; contacts: number }[];
  total: number;
  page: number;
  per_page: number;
  has_more: boolean;
}

type LooseOptions = {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
};
// TODO(generate): loose until the routes are in the generated document.
const looseCall = call as unknown as (method: 'get' | 'post', path: string, options?: LooseOptions) => Promise<unknown>;
const looseRead = read as unknown as (path: string, options?: LooseOptions) => Read<unknown>;

export const startBulk = (body: BulkBody) => looseCall('post', '/v1/contacts/bulk', { body }) as Promise<BulkJob>;
export const fetchBulk = (id: string) =>
  looseCall('get', '/v1/contacts/bulk/{id}', { params: { id } }) as Promise<BulkJob>;
export const readTags = (query: { search?: string; page?: number; per_page?: number }) =>
  looseRead('/v1/tags', { query }) as Read<TagList>;
