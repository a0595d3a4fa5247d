// The overview route the home page calls, typed by the OpenAPI document.
import type { ResponseBody } from '@grivo/sdk';
import { read } from '../../api/client';

export type Overview = ResponseBody<'/dashboard/overview', 'get'>;
export const PERIODS = ['7', '30', '90'] as const;
export type Period = (typeof PERIODS)[number];

export const readOverview = (days: Period) => read('/dashboard/overview', { query: { days } });
