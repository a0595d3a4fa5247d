import { Select } from '../../ui/fields';
import { errorText } from '../../api/error-text';
import { plural } from '../../ui/format';
import { countAudience } from './api';
import { TagInput } from './tag-input';
import type { Audience } from './types';

type AudienceCount = Awaited<ReturnType<typeof countAudience>>;
import { useLive, type Live } from './use-live';

/** How many subscribed contacts the audience reaches now, asked again as it changes. */
export function useAudienceCount(audience: Audience): Live<AudienceCount> {
  return useLive({ key: JSON.stringify(audience), run: (signal) => countAudience(audience, signal) });
}

/** Who receives it, in words: "subscribed contacts with the tag vip". */
export function describeAudience({ tags, match, segment }: Audience): string {
  if (segment) return 'subscribed contacts of the segment';
  if (tags.length === 0) return 'all subscribed contacts';
  if (tags.length === 1) return `subscribed contacts with the tag ${tags[0]}`;
  return `subscribed contacts with ${match} of the tags ${tags.join(', ')}`;
}

/** The audience by tags, with the live number of recipients. */
export function AudienceFields({
  audience,
  onChange,
  count,
  error,
}: {
  audience: Audience;
  onChange(a: Audience): void;
  count: Live<AudienceCount>;
  error?: string;
}) {
  const recipients = count.data?.recipients;
  return (
    <div className="stack">
      <TagInput
        label="Tags"
        hint="Leave empty to send to every subscribed contact."
        tags={audience.tags}
        onChange={(tags) => onChange({ ...audience, tags })}
        error={error}
      />
      <Select
        label="Contacts must have"
        value={audience.match}
        onChange={(e) => onChange({ ...audience, match: e.target.value as Audience['match'] })}
      >
        <option value="any">Any of these tags</option>
        <option value="all">All of these tags</option>
      </Select>
      <p className="cmp-count" aria-live="polite">
        {count.error ? (
          <span className="field-error">Could not count the recipients. {errorText(count.error)}</span>
        ) : recipients === undefined ? (
          <span className="muted">Counting recipients…</span>
        ) : (
          <>
            <strong>{plural(recipients, 'recipient')}</strong>
            <span className="muted"> — {describeAudience(audience)}, if it were sent now.</span>
          </>
        )}
      </p>
    </div>
  );
}
