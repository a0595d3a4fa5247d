import type { RequestOptions, Transport } from '../http.js';
import type { RequestBody, ResponseBody } from '../types.js';
import { call } from './shared.js';

/** The workspace's settings: the default sender of transactional emails. */
export type WorkspaceSettings = ResponseBody<'/v1/settings', 'get'>;

/** `grivo.settings`: the workspace's settings. */
export class Settings {
  constructor(private readonly http: Transport) {}

  /** GET /v1/settings */
  get(options?: RequestOptions): Promise<WorkspaceSettings> {
    return call(this.http, 'GET', '/v1/settings', { options });
  }

  /** PATCH /v1/settings — changes the settings given; `null` clears one. */
  update(body: RequestBody<'/v1/settings', 'patch'>, options?: RequestOptions): Promise<WorkspaceSettings> {
    return call(this.http, 'PATCH', '/v1/settings', { body, options });
  }
}
