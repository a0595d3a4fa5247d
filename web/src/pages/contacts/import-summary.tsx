import { ProgressBar } from '../../ui/feedback';
import { formatNumber } from '../../ui/format';
import type { ContactImport } from './types';

/** The counts of an import, and a progress bar while it runs. */
export function ImportSummary({ imp }: { imp: ContactImport }) {
  const stats: Array<[string, number]> = [
    ['Rows in file', imp.rows_total],
    ['Processed', imp.rows_processed],
    ['Created', imp.created],
    ['Updated', imp.updated],
    ['Skipped', imp.skipped],
    ['Failed', imp.failed],
  ];
  return (
    <>
      <div className="contacts-import-progress">
        {imp.status === 'queued' && <ProgressBar label="Waiting for a worker to start the import" />}
        {imp.status === 'processing' && (
          <ProgressBar
            label={`Importing rows: ${formatNumber(imp.rows_processed)} of ${formatNumber(imp.rows_total)}`}
            value={imp.rows_processed}
            max={imp.rows_total}
          />
        )}
      </div>
      <div className="stats contacts-import-stats">
        {stats.map(([label, value]) => (
          <div className="stat" key={label}>
            <div className="value">{formatNumber(value)}</div>
            <div className="label">{label}</div>
          </div>
        ))}
      </div>
    </>
  );
}
