// The shapes of the suppression routes (/v1/suppressions), written by hand from the API contract until the
// OpenAPI document describes them; then they become ResponseBody<...> like the other areas.

export type SuppressionReason = 'hard_bounce' | 'soft_bounces' | 'complaint' | 'manual' | 'unsubscribed';

/** An address Grivo will not send to, and why. */
export interface Suppression {
  email: string;
  reason: SuppressionReason;
  source: string;
  created_at: string;
}

export interface SuppressionPage {
  data: Suppression[];
  total: number;
  page: number;
  per_page?: number;
}

/** Each reason in plain words. */
export const REASON_LABELS: Record<SuppressionReason, string> = {
  manual: 'Added by hand',
  hard_bounce: 'Bounced (address does not exist)',
  soft_bounces: 'Bounced again and again',
  complaint: 'Marked an email as spam',
  unsubscribed: 'Unsubscribed',
};

export const reasonLabel = (reason: string) => REASON_LABELS[reason as SuppressionReason] ?? reason.replace(/_/g, ' ');
