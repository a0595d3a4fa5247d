import { decodeCsvText } from './decode-text.js';
import { mapHeader, type ColumnMap } from './map-header.js';
import { readCsvRecords } from './read-records.js';
import { MAX_HEADER_CHARS, sniffHeader } from './sniff-header.js';
import { toCsvRow } from './to-csv-row.js';
import { CsvFormatError, type CsvRow } from './types.js';

export { CsvRecordCounter } from './count-records.js';
export type { ContactFields, CsvRow } from './types.js';
export { CsvFormatError } from './types.js';

/** Options of `readContactCsv`. */
export interface ReadContactCsvOptions {
  /** Rows per yielded batch, about (default 1000). */
  batchSize?: number;
}

/**
 * Reads a CSV of contacts from raw byte chunks; yields rows in batches of
 * about `batchSize`, in file order. Throws CsvFormatError before yielding
 * anything when the file cannot be imported. Never holds the whole file in
 * memory: the next chunks are read only as the batches are consumed.
 */
export async function* readContactCsv(
  chunks: AsyncIterable<Uint8Array>,
  options: ReadContactCsvOptions = {},
): AsyncGenerator<CsvRow[]> {
  const text = decodeCsvText(chunks);
  let head = '';
  let final = false;
  let sniff = sniffHeader(head, final);
  while (sniff === undefined) {
    const next = await text.next();
    if (next.done) final = true;
    else head += next.value;
    sniff = sniffHeader(head, final);
  }
  if (sniff.kind !== 'header') {
    await text.return(undefined);
    throw new CsvFormatError(
      sniff.kind === 'empty'
        ? 'The file is empty.'
        : `No header line found in the first ${MAX_HEADER_CHARS.toLocaleString('en')} characters of the file; the first line must name the columns.`,
    );
  }

  const records = readCsvRecords(resume(head.slice(sniff.start), text), {
    delimiter: sniff.delimiter,
    firstLine: sniff.lineBreaks + 1,
    batchSize: options.batchSize,
  });
  let columns: ColumnMap | undefined;
  for await (const batch of records) {
    const rows: CsvRow[] = [];
    for (const record of batch) {
      if (columns !== undefined) {
        rows.push(toCsvRow(record, columns));
      } else if (record.error !== undefined) {
        throw new CsvFormatError('The header line has a quote that is not closed properly; check the column names.');
      } else if (record.fields.some((f) => f.includes('\0'))) {
        throw new CsvFormatError('The header line contains a NUL character (U+0000); check the column names.');
      } else {
        columns = mapHeader(record.fields);
      }
    }
    if (rows.length > 0) yield rows;
  }
}

/** The text read ahead, then the rest of `text`; closes `text` if the reader stops early. */
async function* resume(first: string, text: AsyncGenerator<string>): AsyncGenerator<string> {
  try {
    if (first.length > 0) yield first;
    for (;;) {
      const next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  } finally {
    await text.return(undefined);
  }
}
