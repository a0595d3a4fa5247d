import { useCanManage } from '../../api/session';
import { exportUrl } from './api';
import { filterQuery, type ContactFilters } from './use-contact-filters';

/**
 * Downloads the contacts as CSV. A plain link: the session cookie goes with
 * it, and the browser streams the file to disk however many contacts there are.
 * Owners and admins only, as the server has it.
 */
export function ExportLink({ filters, active }: { filters: ContactFilters; active: boolean }) {
  const canManage = useCanManage();
  if (!canManage) return null;
  const href = exportUrl(filterQuery(filters));
  return (
    <a
      className="btn btn-secondary"
      href={href}
      download
      title={active ? 'Only the contacts that match the current filters' : 'Every contact'}
    >
      Export CSV
    </a>
  );
}
