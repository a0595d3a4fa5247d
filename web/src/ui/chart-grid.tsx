import { formatNumber } from './format';

/** A bar chart's horizontal grid lines and y-axis labels, at 0, step, 2·step… up to top (see `niceScale`). */
export function ChartGrid({
  top,
  step,
  left,
  right,
  y,
}: {
  top: number;
  step: number;
  /** x of the plot's left and right edges. */
  left: number;
  right: number;
  /** The y of a value. */
  y(value: number): number;
}) {
  return (
    <>
      {Array.from({ length: top / step + 1 }, (_, i) => i * step).map((v) => (
        <g key={v} className="cmp-grid">
          <line x1={left} x2={right} y1={y(v)} y2={y(v)} />
          <text x={left - 6} y={y(v)} dy="0.32em" textAnchor="end">
            {formatNumber(v)}
          </text>
        </g>
      ))}
    </>
  );
}
