import type { RequestBody, ResponseBody } from '@grivo/sdk';
import { call } from './client';

/** What GET /dashboard/session answers for a signed-in user (signing in or up answers the same). */
export type Session = ResponseBody<'/dashboard/session', 'get'>;
export type LoginBody = RequestBody<'/dashboard/login', 'post'>;
export type SignupBody = RequestBody<'/dashboard/signup', 'post'>;

export const getSession = () => call('get', '/dashboard/session');
export const login = (body: LoginBody) => call('post', '/dashboard/login', { body });
export const signup = (body: SignupBody) => call('post', '/dashboard/signup', { body });
export const logout = () => call('post', '/dashboard/logout');

export const requestPasswordReset = (email: string) => call('post', '/dashboard/password-reset', { body: { email } });
export const confirmPasswordReset = (body: RequestBody<'/dashboard/password-reset/confirm', 'post'>) =>
  call('post', '/dashboard/password-reset/confirm', { body });
