import { formatNumber } from './format';

/** A chart's series: their colour, name and total. */
export function ChartLegend({ items }: { items: { key: string; label: string; color: string; total: number }[] }) {
  return (
    <ul className="cmp-legend" aria-label="Legend">
      {items.map((s) => (
        <li key={s.key}>
          <span className="cmp-swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label} <span className="muted">({formatNumber(s.total)})</span>
        </li>
      ))}
    </ul>
  );
}
