import { Button } from './buttons';
import { formatNumber } from './format';

/** "21–40 of 1,234" with previous and next. */
export function Pagination({
  page,
  perPage,
  total,
  onPage,
}: {
  page: number;
  perPage: number;
  total: number;
  onPage(page: number): void;
}) {
  if (total <= perPage && page === 1) return null;
  const first = (page - 1) * perPage + 1;
  const last = Math.min(total, page * perPage);
  const pages = Math.max(1, Math.ceil(total / perPage));
  return (
    <nav className="pagination" aria-label="Pagination">
      <Button onClick={() => onPage(page - 1)} disabled={page <= 1}>
        Previous
      </Button>
      <span>{total === 0 ? 'None' : `${formatNumber(first)}–${formatNumber(last)} of ${formatNumber(total)}`}</span>
      <Button onClick={() => onPage(page + 1)} disabled={page >= pages}>
        Next
      </Button>
    </nav>
  );
}
