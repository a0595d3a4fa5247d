import type { ContactStatus } from '../schema.js';

/** The contact a valid CSV row describes. */
export interface ContactFields {
  /** Trimmed and validated; original case kept. */
  email: string;
  first_name: string | null;
  last_name: string | null;
  phone: string | null;
  /** From the row's tags column; deduplicated, order kept. */
  tags: string[];
  /** From the row's status column; null when the file has none or the cell is empty. */
  status: ContactStatus | null;
  /** Every other non-empty column, keyed by its header (trimmed); JSON objects and arrays parsed. */
  attributes: Record<string, unknown>;
}

/** One data row of a contacts CSV: a contact, an invalid row (reported and skipped) or a row of empty fields. */
export type CsvRow =
  | { kind: 'contact'; line: number; contact: ContactFields }
  | { kind: 'error'; line: number; message: string }
  | { kind: 'blank'; line: number };

/** The whole file cannot be imported (no email column, empty, not text); the message is shown to the user. */
export class CsvFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFormatError';
  }
}
