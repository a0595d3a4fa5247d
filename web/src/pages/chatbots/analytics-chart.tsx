import { useId } from 'react';
import { ChartLegend } from '../../ui/chart-legend';
import { niceScale } from '../../ui/chart-scale';
import { formatNumber, plural } from '../../ui/format';
import { useWidth } from '../../ui/use-width';
import type { Analytics } from './types';
import { TableWrap } from '../../ui/table-wrap';
import { ChartGrid } from '../../ui/chart-grid';

const HEIGHT = 200;
const PAD = { top: 12, right: 8, bottom: 28, left: 40 };
const SERIES = [
  { key: 'answered', label: 'Answered', color: '#3b5bdb' },
  { key: 'unanswered', label: 'Not answered', color: '#d9480f' },
] as const;

/** "5 Dec" for a UTC day (YYYY-MM-DD): the days are counted in UTC. */
export const dayLabel = (date: string) =>
  new Date(`${date}T00:00:00Z`).toLocaleDateString(undefined, { day: 'numeric', month: 'short', timeZone: 'UTC' });

/** Questions per day, answered and not, as stacked bars drawn in SVG and sized to their container. */
export function DailyChart({ days }: { days: Analytics['days'] }) {
  const { ref, width } = useWidth<HTMLDivElement>();
  const id = useId();
  const bars = days.map((d) => ({ date: d.date, answered: d.answered, unanswered: d.questions - d.answered }));
  const total = { answered: 0, unanswered: 0 };
  for (const b of bars) {
    total.answered += b.answered;
    total.unanswered += b.unanswered;
  }
  if (total.answered + total.unanswered === 0)
    return <p className="muted">No questions in this period yet: the chart fills in, day by day, as visitors ask.</p>;

  const { top, step } = niceScale(Math.max(...days.map((d) => d.questions)));
  const plotW = Math.max(1, width - PAD.left - PAD.right);
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const slot = plotW / bars.length;
  const barW = Math.max(1, Math.min(28, slot * 0.7));
  const y = (v: number) => PAD.top + plotH - (v / top) * plotH;
  // Labels counted back from the last day, so today always has one.
  const labelEvery = Math.max(1, Math.ceil(bars.length / Math.max(1, Math.floor(plotW / 56))));
  const busiest = days.reduce((a, b) => (b.questions > a.questions ? b : a));

  return (
    <div className="stack">
      <ChartLegend items={SERIES.map((s) => ({ ...s, total: total[s.key] }))} />
      <div ref={ref} className="cb-chart-box">
        {width > 0 && (
          <svg
            className="chart"
            width={width}
            height={HEIGHT}
            viewBox={`0 0 ${width} ${HEIGHT}`}
            role="img"
            aria-labelledby={`${id}-t ${id}-d`}
          >
            <title id={`${id}-t`}>Questions per day, answered and not answered</title>
            <desc id={`${id}-d`}>
              {`${plural(total.answered + total.unanswered, 'question')} from ${dayLabel(days[0]!.date)} to ${dayLabel(days[days.length - 1]!.date)}: ` +
                `${formatNumber(total.answered)} answered, ${formatNumber(total.unanswered)} not. ` +
                `Most on ${dayLabel(busiest.date)}: ${formatNumber(busiest.questions)}.`}
            </desc>
            <ChartGrid top={top} step={step} left={PAD.left} right={width - PAD.right} y={y} />
            {bars.map((b, i) => {
              const x = PAD.left + i * slot + (slot - barW) / 2;
              return (
                <g key={b.date}>
                  <title>{`${dayLabel(b.date)}: ${formatNumber(b.answered)} answered, ${formatNumber(b.unanswered)} not answered`}</title>
                  <rect x={PAD.left + i * slot} y={PAD.top} width={slot} height={plotH} fill="transparent" />
                  <rect x={x} y={y(b.answered)} width={barW} height={y(0) - y(b.answered)} fill={SERIES[0].color} />
                  <rect
                    x={x}
                    y={y(b.answered + b.unanswered)}
                    width={barW}
                    height={y(b.answered) - y(b.answered + b.unanswered)}
                    fill={SERIES[1].color}
                  />
                  {(bars.length - 1 - i) % labelEvery === 0 && (
                    <text className="cmp-tick" x={x + barW / 2} y={HEIGHT - PAD.bottom + 16} textAnchor="middle">
                      {dayLabel(b.date)}
                    </text>
                  )}
                </g>
              );
            })}
            <line className="cmp-axis" x1={PAD.left} x2={width - PAD.right} y1={y(0)} y2={y(0)} />
          </svg>
        )}
      </div>
      <DailyTable days={days} />
    </div>
  );
}

/** The days with activity as a table, folded away: for screen readers, and for the exact counts. */
function DailyTable({ days }: { days: Analytics['days'] }) {
  const active = days.filter((d) => d.conversations || d.questions || d.thumbs_up || d.thumbs_down || d.leads);
  return (
    <details className="cmp-data">
      <summary>Show the numbers</summary>
      <TableWrap>
        <table>
          <thead>
            <tr>
              <th scope="col">Day (UTC)</th>
              <th scope="col" className="num">
                Conversations
              </th>
              <th scope="col" className="num">
                Questions
              </th>
              <th scope="col" className="num">
                Answered
              </th>
              <th scope="col" className="num">
                Thumbs up
              </th>
              <th scope="col" className="num">
                Thumbs down
              </th>
              <th scope="col" className="num">
                Leads
              </th>
            </tr>
          </thead>
          <tbody>
            {active.map((d) => (
              <tr key={d.date}>
                <th scope="row" className="cb-nowrap">
                  {dayLabel(d.date)}
                </th>
                <td className="num">{formatNumber(d.conversations)}</td>
                <td className="num">{formatNumber(d.questions)}</td>
                <td className="num">{formatNumber(d.answered)}</td>
                <td className="num">{formatNumber(d.thumbs_up)}</td>
                <td className="num">{formatNumber(d.thumbs_down)}</td>
                <td className="num">{formatNumber(d.leads)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </details>
  );
}
