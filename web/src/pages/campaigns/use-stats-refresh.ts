import { useEffect, useState } from 'react';
import { usePolling } from '../../api/hooks';
import type { Campaign } from './types';

const SENDING_MS = 2000;
// Opens and clicks keep arriving after the last message went out: keep reading them for a while.
const AFTER_SEND_MS = 10_000;
const AFTER_SEND_FOR_MS = 30 * 60_000;
const PAUSED_MS = 5000;

/** How often a campaign's stats are read again now, in ms; null when they are no longer refreshed. */
export function refreshEvery(c: Pick<Campaign, 'status' | 'finished_at'>, now = Date.now()): number | null {
  if (c.status === 'sending') return SENDING_MS;
  if (c.status === 'paused') return PAUSED_MS;
  if (c.finished_at && now - Date.parse(c.finished_at) < AFTER_SEND_FOR_MS) return AFTER_SEND_MS;
  return null;
}

/**
 * Reads a campaign's stats again while they can still change: every 2 s while
 * it sends, every 10 s for 30 minutes after it finished, then no more. Answers
 * when the shown numbers were read and whether they still refresh.
 */
export function useStatsRefresh(
  campaign: Pick<Campaign, 'status' | 'finished_at'>,
  stats: { data: unknown; reload(quiet?: boolean): Promise<void> },
): { updatedAt: Date | undefined; refreshing: boolean } {
  const every = refreshEvery(campaign);
  usePolling(() => stats.reload(true), every ?? AFTER_SEND_MS, every !== null);
  const [updatedAt, setUpdatedAt] = useState<Date>();
  useEffect(() => {
    if (stats.data !== undefined) setUpdatedAt(new Date());
  }, [stats.data]);
  return { updatedAt, refreshing: every !== null };
}
