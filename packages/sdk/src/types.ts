import type { paths } from './generated/openapi.js';

/** Every documented path, as the OpenAPI document writes it (`/v1/chatbots/{id}`). */
export type ApiPath = keyof paths;

/** The HTTP methods an operation can have, in the generated types' lower case. */
export type ApiMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** The operation at `path` and `method`. */
export type Operation<P extends ApiPath, M extends ApiMethod> = NonNullable<paths[P][M]>;

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;

/** The JSON a successful call answers (its 200, 201 or 202 body; `undefined` for 204). */
export type ResponseBody<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends { responses: infer R }
    ? R extends { 200: infer S }
      ? JsonOf<S>
      : R extends { 201: infer S }
        ? JsonOf<S>
        : R extends { 202: infer S }
          ? JsonOf<S>
          : R extends { 204: unknown }
            ? undefined
            : never
    : never;

/** The JSON body an operation takes (`never` for an operation without one). */
export type RequestBody<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends {
    requestBody?: { content: { 'application/json': infer B } };
  }
    ? [B] extends [never]
      ? never
      : unknown extends B
        ? never
        : B
    : never;

/** The query parameters an operation takes. */
export type QueryParams<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends {
    parameters: { query?: infer Q };
  }
    ? NonNullable<Q>
    : never;

/** One item of a list operation's `data`. */
export type ListItem<P extends ApiPath, M extends ApiMethod = 'get'> =
  ResponseBody<P, M> extends { data: (infer T)[] } ? T : never;

/**
 * One event of an operation's Server-Sent Events answer (its `text/event-stream`
 * 200 response, documented as the list of its events): `{ event, data }`.
 */
export type StreamEvent<P extends ApiPath, M extends ApiMethod> =
  Operation<P, M> extends {
    responses: { 200: { content: { 'text/event-stream': (infer E)[] } } };
  }
    ? E
    : never;
