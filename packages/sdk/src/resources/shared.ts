import type { Call, RequestOptions, Transport } from '../http.js';
import { ListRequest, type Page, type Paging } from '../list.js';
import type { Flexible } from '../query.js';
import type { ApiMethod, ApiPath, QueryParams } from '../types.js';

/** The query an operation takes (booleans allowed for its `'true' | 'false'` parameters); none when it takes none. */
export type Query<P extends ApiPath, M extends ApiMethod = 'get'> = [QueryParams<P, M>] extends [never]
  ? Record<string, never>
  : Flexible<QueryParams<P, M>>;

/** A list call on `path`, walked by page numbers unless the operation takes `starting_after`. */
export function listOf<Item, Body extends Page<Item>>(
  http: Transport,
  path: string,
  query: object | undefined,
  options: RequestOptions | undefined,
  paging: Paging = 'page',
): ListRequest<Item, Body> {
  return new ListRequest<Item, Body>(
    (pageQuery) => http.json<Body>({ method: 'GET', path, query: pageQuery, options }),
    { ...query },
    paging,
  );
}

/** A JSON call with an optional JSON body. */
export function call<T>(
  http: Transport,
  method: Call['method'],
  path: string,
  extra: { body?: unknown; query?: object | undefined; options?: RequestOptions | undefined } = {},
): Promise<T> {
  return http.json<T>({
    method,
    path,
    query: extra.query,
    body: extra.body === undefined ? undefined : { kind: 'json', value: extra.body },
    options: extra.options,
  });
}
