import { ApiError } from '../../http/api-error.js';
import type { Executor } from '../../storage/database.js';
import { findSegment } from '../segments/compile.js';
import type { Audience } from './schema.js';

/** A new or edited audience may name only a segment of the workspace (404 naming `param`). */
export async function assertAudienceSegment(
  db: Executor,
  workspaceId: string,
  audience: Audience | undefined,
  param = 'audience.segment',
): Promise<void> {
  if (audience?.segment === undefined) return;
  if (!(await findSegment(db, workspaceId, audience.segment)))
    throw new ApiError('not_found', `No segment with id '${audience.segment}' exists in this workspace.`, param);
}

/** Refuses to send a campaign whose segment was deleted since it was chosen. */
export async function assertSegmentStillThere(
  db: Executor,
  workspaceId: string,
  campaign: { id: string; audience: string },
): Promise<void> {
  const audience = JSON.parse(campaign.audience) as Audience;
  if (audience.segment === undefined) return;
  if (!(await findSegment(db, workspaceId, audience.segment)))
    throw new ApiError(
      'invalid_campaign_state',
      `This campaign's audience is the segment ${audience.segment}, which was deleted. Choose another audience with PATCH /v1/campaigns/${campaign.id}, then send it.`,
      'audience.segment',
    );
}
