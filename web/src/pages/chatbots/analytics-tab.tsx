import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useApi } from '../../api/hooks';
import { ErrorNote, Loading } from '../../ui/feedback';
import { Select } from '../../ui/fields';
import { formatNumber, utcDay } from '../../ui/format';
import { ThumbIcon } from '../../ui/icons';
import { DailyChart, dayLabel } from './analytics-chart';
import { readAnalytics } from './api';
import type { TabProps } from './chatbot-page';
import { chatbotPath, type ActivityCounts, type TopQuestion } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PERIODS = [7, 30, 90] as const;

/** What the chatbot's conversations add up to over a period: counts, questions per day, the top questions. */
export function AnalyticsTab({ chatbot }: TabProps) {
  const [params, setParams] = useSearchParams();
  const days = PERIODS.find((p) => String(p) === params.get('days')) ?? 30;
  const loaded = useApi(readAnalytics(chatbot.id, { from: utcDay(days - 1), to: utcDay() }));
  const a = loaded.data;
  return (
    <section className="stack" aria-label="Analytics">
      <div className="row cb-toolbar">
        <div className="cb-period">
          <Select
            label="Period"
            value={days}
            onChange={(e) => setParams(e.target.value === '30' ? {} : { days: e.target.value })}
          >
            {PERIODS.map((p) => (
              <option key={p} value={p}>
                Last {p} days
              </option>
            ))}
          </Select>
        </div>
        {a && (
          <p className="muted">
            {dayLabel(a.from)} – {dayLabel(a.to)} (days in UTC)
          </p>
        )}
      </div>
      <ErrorNote error={loaded.error} />
      {loaded.loading && !a && <Loading />}
      {a && (
        <>
          <Totals totals={a.totals} />
          <section className="panel" aria-labelledby="daily-heading">
            <h2 id="daily-heading">Questions per day</h2>
            <DailyChart days={a.days} />
          </section>
          <div className="grid-2 cb-top-grid">
            <TopQuestions
              chatbotId={chatbot.id}
              title="Asked most"
              questions={a.top_questions}
              empty="No questions asked in this period."
            />
            <TopQuestions
              chatbotId={chatbot.id}
              title="Left unanswered most"
              questions={a.top_unanswered}
              empty="Every question in this period was answered."
              hint="Open a conversation and use “Add the answer” to teach the chatbot."
              unanswered
            />
          </div>
        </>
      )}
    </section>
  );
}

function Totals({ totals: t }: { totals: ActivityCounts }) {
  const tiles: Array<{ label: string; icon?: ReactNode; value: string; note?: string }> = [
    { label: 'Conversations', value: formatNumber(t.conversations) },
    { label: 'Questions', value: formatNumber(t.questions) },
    {
      label: 'Answered',
      value: t.answered_rate === null ? '—' : `${Math.round(t.answered_rate * 1000) / 10}%`,
      note: `${formatNumber(t.answered)} of ${formatNumber(t.questions)}`,
    },
    { label: 'Thumbs up', icon: <ThumbIcon />, value: formatNumber(t.thumbs_up) },
    { label: 'Thumbs down', icon: <ThumbIcon down />, value: formatNumber(t.thumbs_down) },
    { label: 'Leads', value: formatNumber(t.leads) },
  ];
  return (
    <dl className="stats cmp-stats cb-stats">
      {tiles.map((tile) => (
        <div className="stat" key={tile.label}>
          <dt className="label">
            {tile.icon && <>{tile.icon} </>}
            {tile.label}
          </dt>
          <dd className="value">{tile.value}</dd>
          {tile.note && <dd className="muted cmp-note">{tile.note}</dd>}
        </div>
      ))}
    </dl>
  );
}

/** Questions with how often they were asked (and left unanswered), each linked to where it was last asked. */
function TopQuestions({
  chatbotId,
  title,
  questions,
  empty,
  hint,
  unanswered,
}: {
  chatbotId: string;
  title: string;
  questions: TopQuestion[];
  empty: string;
  hint?: string;
  unanswered?: boolean;
}) {
  const headingId = `top-${unanswered ? 'unanswered' : 'asked'}-heading`;
  return (
    <section className="panel stack cb-top" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {questions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <>
          {hint && <p className="muted cb-small">{hint}</p>}
          <TableWrap>
            <table>
              <thead>
                <tr>
                  <th scope="col">Question</th>
                  <th scope="col" className="num">
                    {unanswered ? 'Not answered' : 'Asked'}
                  </th>
                  {!unanswered && (
                    <th scope="col" className="num">
                      Not answered
                    </th>
                  )}
                </tr>
              </thead>
              <tbody>
                {questions.map((q) => (
                  <tr key={`${q.conversation_id}-${q.question}`}>
                    <td className="cb-question-cell">
                      <Link
                        to={chatbotPath(chatbotId, `conversations/${encodeURIComponent(q.conversation_id)}`)}
                        title="Open the conversation where it was last asked"
                      >
                        {q.question}
                      </Link>
                    </td>
                    <td className="num">{formatNumber(unanswered ? q.unanswered : q.asked)}</td>
                    {!unanswered && <td className="num">{formatNumber(q.unanswered)}</td>}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
