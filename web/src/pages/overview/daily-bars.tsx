import { useId } from 'react';
import { ChartLegend } from '../../ui/chart-legend';
import { niceScale } from '../../ui/chart-scale';
import { formatNumber } from '../../ui/format';
import { useWidth } from '../../ui/use-width';
import { dayLabel } from '../chatbots/analytics-chart';
import { ChartGrid } from '../../ui/chart-grid';

const HEIGHT = 180;
const PAD = { top: 12, right: 20, bottom: 28, left: 40 };

/** One count per day. */
export interface DailySeries {
  label: string;
  color: string;
  points: { date: string; value: number }[];
}

/** One count per day as bars drawn in SVG and sized to their container, with an empty line instead when all are 0. */
export function DailyBars({ title, series, empty }: { title: string; series: DailySeries; empty: string }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const id = useId();
  const { points } = series;
  const total = points.reduce((n, p) => n + p.value, 0);
  if (total === 0 || points.length === 0) return <p className="muted">{empty}</p>;

  const { top, step } = niceScale(Math.max(...points.map((p) => p.value)));
  const plotW = Math.max(1, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / points.length;
  const barW = Math.max(1, Math.min(28, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // Labels counted back from the last day, so today always has one.
  const labelEvery = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor(plotW / 56))));
  const most = points.reduce((a, b) => (b.value > a.value ? b : a));
  const first = points[0]!.date;
  const last = points[points.length - 1]!.date;

  return (
    <div className="stack">
      <ChartLegend items={[{ key: series.label, label: series.label, color: series.color, total }]} />
      <div ref={ref} className="cb-chart-box ov-chart-box">
        {width > 0 && (
          <svg
            className="chart"
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            role="img"
            aria-labelledby={`${id}-t ${id}-d`}
          >
            <title id={`${id}-t`}>{title}</title>
            <desc id={`${id}-d`}>
              {`${formatNumber(total)} from ${dayLabel(first)} to ${dayLabel(last)}; most on ${dayLabel(most.date)}: ${formatNumber(most.value)}.`}
            </desc>
            <ChartGrid top={top} step={step} left={PAD.left} right={width - PAD.right} y={y} />
            {points.map((p, i) => {
              const x = PAD.left + i * slot + (slot - barW) / 2;
              return (
                <g key={p.date}>
                  <title>{`${dayLabel(p.date)}: ${formatNumber(p.value)}`}</title>
                  <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} fill="transparent" />
                  <rect x={x} y={y(p.value)} width={barW} height={y(0) - y(p.value)} fill={series.color} />
                  {(points.length - 1 - i) % labelEvery === 0 && (
                    <text className="cmp-tick" x={x + barW / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                      {dayLabel(p.date)}
                    </text>
                  )}
                </g>
              );
            })}
            <line className="cmp-axis" x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} />
          </svg>
        )}
      </div>
    </div>
  );
}
