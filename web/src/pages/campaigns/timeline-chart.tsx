import { useId } from 'react';
import { ChartLegend } from '../../ui/chart-legend';
import { niceScale } from '../../ui/chart-scale';
import { formatNumber, plural } from '../../ui/format';
import { useTimeZone } from '../../ui/time-zone';
import { useWidth } from '../../ui/use-width';
import { TimelineTable } from './timeline-table';
import { bucketize, bucketName, SERIES, tickLabel } from './timeline-data';
import type { TimelinePoint } from './types';
import { ChartGrid } from '../../ui/chart-grid';

const HEIGHT = 220;
const PAD = { top: 12, right: 8, bottom: 36, left: 44 };

/** Sent, opens and clicks over time as grouped bars: drawn by hand in SVG, sized to its container. */
export function TimelineChart({ points }: { points: TimelinePoint[] }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const id = useId();
  const timeZone = useTimeZone();
  if (points.length === 0) {
    return (
      <p className="muted">
        Nothing yet: the chart fills in, hour by hour, as messages go out and are opened and clicked.
      </p>
    );
  }
  const totals = SERIES.map((s) => ({ ...s, total: points.reduce((n, p) => n + p[s.key], 0) }));
  const { buckets, hours } = bucketize(points, Math.max(4, Math.min(48, Math.floor((width || 600) / 28))));
  const { top, step } = niceScale(Math.max(...buckets.flatMap((b) => [b.sent, b.opens, b.clicks])));
  const plotW = Math.max(1, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / buckets.length;
  const barW = Math.max(1, Math.min(18, (slot * 0.8) / SERIES.length));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  const labelEvery = Math.max(1, Math.ceil(buckets.length / Math.max(1, Math.floor(plotW / 72))));
  const busiest = buckets.reduce((a, b) => (b.sent > a.sent ? b : a));
  const per = hours === 1 ? 'hour' : hours === 24 ? 'day' : `${hours} hours`;

  return (
    <div className="stack">
      <ChartLegend items={totals} />
      <div ref={ref} className="cmp-chart-box">
        {width > 0 && (
          <svg
            className="chart"
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            role="img"
            aria-labelledby={`${id}-t ${id}-d`}
          >
            <title id={`${id}-t`}>{`Sent, opens and clicks per ${per}`}</title>
            <desc id={`${id}-d`}>
              {`${totals.map((s) => `${formatNumber(s.total)} ${s.label.toLowerCase()}`).join(', ')} in all. ` +
                `Most sent in ${bucketName(busiest, hours, timeZone)}: ${formatNumber(busiest.sent)}.`}
            </desc>
            <ChartGrid top={top} step={step} left={PAD.left} right={width - PAD.right} y={y} />
            {buckets.map((b, i) => {
              const x0 = PAD.left + i * slot + (slot - barW * SERIES.length) / 2;
              return (
                <g key={b.start}>
                  <title>{`${bucketName(b, hours, timeZone)}: ${formatNumber(b.sent)} sent, ${plural(b.opens, 'open')}, ${plural(b.clicks, 'click')}`}</title>
                  <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} fill="transparent" />
                  {SERIES.map((s, k) => (
                    <rect
                      key={s.key}
                      x={x0 + k * barW}
                      y={y(b[s.key])}
                      width={Math.max(1, barW - 1)}
                      height={plotH - (y(b[s.key]) - PAD.top)}
                      fill={s.color}
                    />
                  ))}
                  {i % labelEvery === 0 && (
                    <text
                      className="cmp-tick"
                      x={PAD.left + i * slot + slot / 2}
                      y={HEIGHT - PAD.bottom + 14}
                      textAnchor="middle"
                    >
                      {tickLabel(b.start, hours, i === 0 ? undefined : buckets[i - labelEvery]?.start, timeZone).map(
                        (line, n) => (
                          <tspan key={n} x={PAD.left + i * slot + slot / 2} dy={n === 0 ? 0 : 13}>
                            {line}
                          </tspan>
                        ),
                      )}
                    </text>
                  )}
                </g>
              );
            })}
            <line className="cmp-axis" x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} />
          </svg>
        )}
      </div>
      <TimelineTable buckets={buckets} hours={hours} timeZone={timeZone} />
    </div>
  );
}
