export type { components, operations, paths } from './generated/openapi.js';
export type { ApiMethod, ApiPath, ListItem, Operation, QueryParams, RequestBody, ResponseBody } from './types.js';
