import { Readable } from 'node:stream';
import Papa from 'papaparse';

/** One record of a CSV file: the physical line it starts on, its fields, and why it is malformed if it is. */
export interface CsvRecord {
  line: number;
  fields: string[];
  error: string | undefined;
}

/** How to read the records of a CSV text. */
export interface ReadCsvRecordsOptions {
  delimiter: string;
  /** The line number of the first character of the text (default 1). */
  firstLine?: number;
  /** Records per yielded batch (default 1000). */
  batchSize?: number;
}

/** A record this long can only be a quote that is never closed; reading stops there instead of buffering the file. */
export const MAX_RECORD_CHARS = 1_000_000;

const QUOTE_ERRORS: Record<string, string> = {
  MissingQuotes: 'Row has a quoted field that is never closed (a closing " is missing).',
  InvalidQuotes: 'Row has a stray " in a quoted field; a quote inside a quoted field must be written as "".',
};

/**
 * Reads the records of a CSV text, in file order and in batches, with
 * papaparse. Empty lines are skipped (they still count as lines). CR and CRLF
 * are turned into LF first, so files with any line ending (even mixed) parse
 * alike and a record's line is one plus the line feeds before it. The
 * consumer's pace drives the reading: between batches the parser and the
 * input are paused.
 */
export async function* readCsvRecords(
  text: AsyncIterable<string>,
  options: ReadCsvRecordsOptions,
): AsyncGenerator<CsvRecord[]> {
  const batchSize = Math.max(1, options.batchSize ?? 1000);
  const ready: CsvRecord[][] = [];
  let batch: CsvRecord[] = [];
  let line = options.firstLine ?? 1;
  let done = false;
  let failure: unknown;
  let paused = false;
  let parser: Papa.Parser | undefined;
  let wake: (() => void) | undefined;

  // Text positions: papaparse reports how far it parsed (meta.cursor); the
  // rest of what it was given is the unfinished record it keeps.
  const pieceLengths: number[] = [];
  let given = 0;
  let parsed = 0;
  // Up to here the text has quotes, so a field may hold line feeds that must
  // be counted; beyond it every record is exactly one line.
  let quotedUntil = 0;

  async function* pieces(): AsyncGenerator<string> {
    let position = 0;
    let heldCR = false; // a CR at the end of a piece may be half of a CRLF
    for await (let piece of text) {
      if (heldCR) piece = `\r${piece}`;
      heldCR = piece.charCodeAt(piece.length - 1) === 13;
      if (heldCR) piece = piece.slice(0, -1);
      if (piece.indexOf('\r') !== -1) piece = piece.replace(/\r\n?/g, '\n');
      if (piece.length === 0) continue;
      position += piece.length;
      if (piece.indexOf('"') !== -1) quotedUntil = position;
      pieceLengths.push(piece.length);
      yield piece;
    }
    if (heldCR) {
      pieceLengths.push(1);
      yield '\n';
    }
  }

  // A small buffer: what is read ahead of the parser is at most a few pieces.
  const input = Readable.from(pieces(), { highWaterMark: 2 });

  function settle(): void {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  }

  function take(results: Papa.ParseResult<string[]>): void {
    const rows = results.data;
    const errors = rowErrors(results.errors, rows.length);
    const quoted = parsed < quotedUntil;
    for (let r = 0; r < rows.length; r++) {
      const fields = rows[r]!;
      const error = errors?.get(r);
      const start = line;
      line += quoted ? 1 + lineFeeds(fields) : 1;
      if (fields.length === 1 && fields[0] === '' && error === undefined) continue; // an empty line
      batch.push({ line: start, fields, error });
      if (batch.length >= batchSize) {
        ready.push(batch);
        batch = [];
      }
    }
    parsed = results.meta.cursor;
    given += pieceLengths.shift() ?? 0;
  }

  Papa.parse<string[]>(input, {
    delimiter: options.delimiter,
    newline: '\n',
    quoteChar: '"',
    // Not `skipEmptyLines`: it drops rows without saying where, which would
    // lose the line count and shift the row index of every later error.
    skipEmptyLines: false,
    chunk(results, handle) {
      parser = handle;
      try {
        take(results);
        if (given - parsed > MAX_RECORD_CHARS) {
          const error = `Row is longer than ${MAX_RECORD_CHARS.toLocaleString('en')} characters, so a quote is probably not closed; the rest of the file was not read.`;
          batch.push({ line, fields: [], error });
          handle.abort(); // calls complete()
          input.destroy();
        } else if (ready.length > 0) {
          // papaparse's pause() stops the parser but not the stream it reads
          // from, which would keep buffering the whole input: pause both.
          paused = true;
          handle.pause();
          input.pause();
        }
      } catch (error) {
        failure = error;
        handle.abort();
        input.destroy();
      }
      settle();
    },
    complete() {
      done = true;
      if (batch.length > 0) ready.push(batch);
      batch = [];
      settle();
    },
    error(error) {
      failure ??= error;
      settle();
    },
  });

  try {
    for (;;) {
      const next = ready.shift();
      if (next) {
        yield next;
      } else if (failure !== undefined) {
        throw failure;
      } else if (done) {
        return;
      } else if (paused && parser) {
        paused = false;
        input.resume();
        parser.resume(); // parses what is already queued, synchronously
      } else {
        await new Promise<void>((resolve) => (wake = resolve));
      }
    }
  } finally {
    if (!done) {
      parser?.abort();
      input.destroy();
    }
  }
}

function rowErrors(errors: Papa.ParseError[], rowCount: number): Map<number, string> | undefined {
  let byRow: Map<number, string> | undefined;
  for (const error of errors) {
    // An error in the unfinished last record is found again when the next
    // piece completes it; papaparse still reports it with row === rowCount.
    if (error.row === undefined || error.row >= rowCount) continue;
    byRow ??= new Map();
    if (!byRow.has(error.row) || error.code === 'MissingQuotes') {
      byRow.set(error.row, QUOTE_ERRORS[error.code] ?? `Row could not be read: ${error.message}.`);
    }
  }
  return byRow;
}

function lineFeeds(fields: string[]): number {
  let count = 0;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i]!;
    for (let at = field.indexOf('\n'); at !== -1; at = field.indexOf('\n', at + 1)) count++;
  }
  return count;
}
