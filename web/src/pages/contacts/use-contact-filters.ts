import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { CONTACT_STATUSES, type ContactStatus } from './types';

export const PER_PAGE_CHOICES = [20, 50, 100] as const;

/** The list's filters and page, as kept in the address bar. */
export interface ContactFilters {
  search: string;
  tag: string;
  status: ContactStatus | '';
  page: number;
  perPage: number;
}

function readFilters(params: URLSearchParams): ContactFilters {
  const status = params.get('status') ?? '';
  const page = Number(params.get('page'));
  const perPage = Number(params.get('per_page'));
  return {
    search: params.get('search') ?? '',
    tag: params.get('tag') ?? '',
    // A hand-edited address with a bad value falls back to "any" rather than a 400.
    status: (CONTACT_STATUSES as readonly string[]).includes(status) ? (status as ContactStatus) : '',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    perPage: (PER_PAGE_CHOICES as readonly number[]).includes(perPage) ? perPage : PER_PAGE_CHOICES[0],
  };
}

function toParams(f: ContactFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (f.search) params.set('search', f.search);
  if (f.tag) params.set('tag', f.tag);
  if (f.status) params.set('status', f.status);
  if (f.page > 1) params.set('page', String(f.page));
  if (f.perPage !== PER_PAGE_CHOICES[0]) params.set('per_page', String(f.perPage));
  return params;
}

/** The filters the API's list and export routes take (search, tag, status); empty ones are left out of the URL. */
export function filterQuery(f: ContactFilters) {
  return { search: f.search.trim(), tag: f.tag.trim(), status: f.status || undefined };
}

/**
 * Filters kept in the URL so reload, back and shared links show the same list.
 * Changing a filter goes back to page 1; `replace` is for typing, so each
 * keystroke does not become a history entry.
 */
export function useContactFilters() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const update = useCallback(
    (patch: Partial<ContactFilters>, options: { replace?: boolean } = {}) => {
      setParams((current) => toParams({ ...readFilters(current), page: 1, ...patch }), options);
    },
    [setParams],
  );
  const active = Boolean(filters.search.trim() || filters.tag.trim() || filters.status);
  return { filters, update, active };
}
