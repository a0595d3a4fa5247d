import { useApi } from '../../api/hooks';
import { Select } from '../../ui/fields';
import { readSegments } from './api';

/** TODO(generate): the campaign's audience type gains `segment` once the lead regenerates the OpenAPI types. */
type WithSegment<A> = A & { segment?: string };

/**
 * The segment choice of a campaign's audience: a segment sends to its
 * subscribed contacts, and replaces the tags (the API takes one or the other).
 */
export function SegmentAudience<A extends { tags: string[] }>({
  audience,
  onChange,
}: {
  audience: A;
  onChange(a: A): void;
}) {
  const segments = useApi(readSegments({ per_page: 100 }));
  const current = (audience as WithSegment<A>).segment ?? '';
  const choose = (id: string) => {
    const { segment: _old, ...rest } = audience as WithSegment<A>;
    onChange((id ? { ...rest, tags: [], segment: id } : rest) as A);
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
