// The segment routes the dashboard calls, typed by the OpenAPI document.
import { call, read } from '../../api/client';
import type { SegmentBody, SegmentChanges, SegmentCountBody } from './types';

export const readSegments = (query: { page?: number; per_page?: number }) => read('/v1/segments', { query });
export const createSegment = (body: SegmentBody) => call('post', '/v1/segments', { body });
export const updateSegment = (id: string, body: SegmentChanges) =>
  call('patch', '/v1/segments/{id}', { params: { id }, body });
export const deleteSegment = (id: string) => call('delete', '/v1/segments/{id}', { params: { id } });
export const countSegment = (body: SegmentCountBody, signal?: AbortSignal) =>
  call('post', '/v1/segments/count', { body, signal });
