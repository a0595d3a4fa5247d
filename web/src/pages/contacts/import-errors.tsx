import { formatNumber } from '../../ui/format';
import type { ContactImport, ImportRowError } from './types';
import { TableWrap } from '../../ui/table-wrap';

const PROBLEMS: Record<ImportRowError['code'], string> = {
  invalid_row: 'Invalid row',
  plan_limit_exceeded: 'Over the plan’s contact limit',
};

const csvCell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** The report as a CSV file to fix the rows in a spreadsheet (a data: URL, so nothing to clean up). */
function reportHref(errors: ImportRowError[]): string {
  const lines = [['line', 'problem', 'message'], ...errors.map((e) => [String(e.line), e.code, e.message])];
  return `data:text/csv;charset=utf-8,${encodeURIComponent(lines.map((l) => l.map(csvCell).join(',')).join('\r\n'))}`;
}

/** The rows the import could not take, by line of the file. */
export function ImportErrors({ imp }: { imp: ContactImport }) {
  if (imp.errors.length === 0) return null;
  const more = imp.failed > imp.errors.length;
  return (
    <section className="panel" aria-labelledby="import-errors-title">
      <div className="row contacts-section-head">
        <h2 id="import-errors-title">Rows that could not be imported</h2>
        <a className="btn btn-secondary" href={reportHref(imp.errors)} download={`import-errors-${imp.id}.csv`}>
          Download error report
        </a>
      </div>
      <p className="muted">
        Line numbers count the header as line 1, as a text editor or spreadsheet shows them. Fix these rows and import
        the file again: contacts are matched by email, so rows already imported are not duplicated.
        {more &&
          ` Only the first ${formatNumber(imp.errors.length)} of ${formatNumber(imp.failed)} failed rows are listed.`}
      </p>
      <TableWrap>
        <table aria-label="Rows that could not be imported">
          <thead>
            <tr>
              <th scope="col" className="num">
                Line
              </th>
              <th scope="col">Problem</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {imp.errors.map((e, i) => (
              <tr key={`${e.line}-${i}`}>
                <td className="num">{e.line}</td>
                <td>{PROBLEMS[e.code] ?? e.code}</td>
                <td className="contacts-wrap">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
