// The shapes of the suppression routes, as the OpenAPI document types them.
import type { ListItem } from '@grivo/sdk';

/** An address Grivo will not send to, and why. */
export type Suppression = ListItem<'/v1/suppressions'>;
export type SuppressionReason = Suppression['reason'];

/** What an erased person's row shows instead of the address, which the API no longer has. */
export const ERASED_LABEL = 'Erased person (address kept only as a hash)';

/** Each reason in plain words. */
export const REASON_LABELS: Record<SuppressionReason, string> = {
  manual: 'Added by hand',
  hard_bounce: 'Bounced (address does not exist)',
  soft_bounces: 'Bounced again and again',
  complaint: 'Marked an email as spam',
  unsubscribed: 'Unsubscribed',
  erased: 'Erased at their request',
};

export const reasonLabel = (reason: string) => REASON_LABELS[reason as SuppressionReason] ?? reason.replace(/_/g, ' ');
