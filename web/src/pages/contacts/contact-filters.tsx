import { Select } from '../../ui/fields';
import { Button } from '../../ui/buttons';
import { DebouncedField } from './debounced-field';
import { PER_PAGE_CHOICES, type ContactFilters } from './use-contact-filters';
import { CONTACT_STATUSES, type ContactStatus } from './types';

/** Search, tag and status filters over the contacts list; `tags` suggests the tags in view. */
export function ContactFiltersBar({
  filters,
  active,
  tags,
  onChange,
}: {
  filters: ContactFilters;
  active: boolean;
  tags: string[];
  onChange(patch: Partial<ContactFilters>, options?: { replace?: boolean }): void;
}) {
  return (
    <search aria-label="Filter contacts" className="row contacts-filters">
      <div className="contacts-filter-search">
        <DebouncedField
          label="Search"
          type="search"
          placeholder="Email, first or last name"
          value={filters.search}
          onCommit={(search, replace) => onChange({ search }, { replace })}
          autoComplete="off"
        />
      </div>
      <div>
        <DebouncedField
          label="Tag"
          placeholder="Any tag"
          list="contact-tag-suggestions"
          value={filters.tag}
          onCommit={(tag, replace) => onChange({ tag: tag.trim() }, { replace })}
          autoComplete="off"
        />
        <datalist id="contact-tag-suggestions">
          {tags.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </div>
      <div>
        <Select
          label="Status"
          value={filters.status}
          onChange={(e) => onChange({ status: e.target.value as ContactStatus | '' })}
        >
          <option value="">Any status</option>
          {CONTACT_STATUSES.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </Select>
      </div>
      <div>
        <Select
          label="Per page"
          value={filters.perPage}
          onChange={(e) => onChange({ perPage: Number(e.target.value) })}
        >
          {PER_PAGE_CHOICES.map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </div>
      {active && (
        <Button variant="link" onClick={() => onChange({ search: '', tag: '', status: '' })}>
          Clear filters
        </Button>
      )}
    </search>
  );
}
