import { useApi } from '../../api/hooks';
import type { Audience } from '../campaigns/types';
import { Select } from '../../ui/fields';
import { readSegments } from './api';

/**
 * The segment choice of a campaign's audience: a segment sends to its
 * subscribed contacts, and replaces the tags (the API takes one or the other).
 */
export function SegmentAudience({ audience, onChange }: { audience: Audience; onChange(a: Audience): void }) {
  const segments = useApi(readSegments({ per_page: 100 }));
  const current = audience.segment ?? '';
  const choose = (id: string) => {
    const { segment: _old, ...rest } = audience;
    onChange(id ? { ...rest, tags: [], segment: id } : rest);
  };
  const known = segments.data?.data ?? [];
  return (
    // Apart from the tag fields below, which it replaces.
    <div style={{ marginBottom: '0.75rem' }}>
      <Select
        label="Segment"
        value={current}
        onChange={(e) => choose(e.target.value)}
        hint={
          current
            ? 'Sent to the subscribed contacts of this segment as it stands when sending starts; leave the tags empty.'
            : undefined
        }
      >
        <option value="">No segment: choose by tags</option>
        {current && !known.some((s) => s.id === current) && <option value={current}>A deleted segment</option>}
        {known.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({s.contacts})
          </option>
        ))}
      </Select>
    </div>
  );
}
