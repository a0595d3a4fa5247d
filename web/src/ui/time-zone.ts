import { useSession } from '../api/session';

/** The signed-in workspace's IANA time zone, in which schedules are entered and shown and stats count hours. */
export function useTimeZone(): string {
  return useSession().session?.workspace.time_zone ?? 'UTC';
}
