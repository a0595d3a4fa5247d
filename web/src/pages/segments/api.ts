// The segment routes the dashboard calls.
// TODO(generate): switch to the typed `call`/`read` once the lead regenerates the OpenAPI types
// (GET/POST /v1/segments, GET/PATCH/DELETE /v1/segments/{id}, POST /v1/segments/count).
import { call, read, type Read } from '../../api/client';
import type { Segment, SegmentBody, SegmentList } from './types';

type LooseOptions = {
  params?: Record<string, string>;
  query?: Record<string, string | number | undefined>;
  body?: unknown;
  signal?: AbortSignal;
};
const looseCall = call as unknown as (
  method: 'get' | 'post' | 'patch' | 'delete',
  path: string,
  options?: LooseOptions,
) => Promise<unknown>;
const looseRead = read as unknown as (path: string, options?: LooseOptions) => Read<unknown>;

export const readSegments = (query: { page?: number; per_page?: number }) =>
  looseRead('/v1/segments', { query }) as Read<SegmentList>;
export const createSegment = (body: SegmentBody) => looseCall('post', '/v1/segments', { body }) as Promise<Segment>;
export const updateSegment = (id: string, body: SegmentBody) =>
  looseCall('patch', '/v1/segments/{id}', { params: { id }, body }) as Promise<Segment>;
export const deleteSegment = (id: string) => looseCall('delete', '/v1/segments/{id}', { params: { id } });
export const countSegment = (body: Pick<SegmentBody, 'match' | 'conditions'>, signal?: AbortSignal) =>
  looseCall('post', '/v1/segments/count', { body, signal }) as Promise<{ contacts: number; subscribed: number }>;
