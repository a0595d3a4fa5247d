import { CR, FF, LF, QUOTE, SPACE, TAB, VT } from './char-codes.js';
import { MAX_HEADER_CHARS, sniffHeader } from './sniff-header.js';

const NOT_ASCII = 0x80;

// Where the scan is: before the header (skipping whitespace-only lines), at
// the start of a field, inside an unquoted field, inside a quoted one, just
// after a quote inside a quoted field, or after what may be its closing quote.
const BEFORE_HEADER = 0;
const FIELD_START = 1;
const UNQUOTED = 2;
const QUOTED = 3;
const QUOTE_SEEN = 4;
const AFTER_CLOSE = 5;

/**
 * Counts data records (excluding the header and empty lines) of a CSV byte
 * stream, quote-aware, without decoding. It follows the same rules as
 * `readContactCsv` (papaparse's quoting, CR / LF / CRLF, the same delimiter
 * sniffing, UTF-8 BOM, UTF-16 with a BOM), so the count is the number of
 * rows that reader yields.
 */
export class CsvRecordCounter {
  #head: Uint8Array[] | undefined = []; // raw bytes kept until the header line is complete
  #headLength = 0;
  #utf16: 'le' | 'be' | undefined;
  #oddByte = -1;
  #delimiter = 44;
  #state = BEFORE_HEADER;
  #lineIndent = -1; // before the header: the last whitespace byte of the current line
  #nonEmpty = false;
  #records = 0;

  /** Counts the records completed by this chunk. */
  push(chunk: Uint8Array): void {
    if (this.#head === undefined) {
      this.#scan(this.#utf16 ? this.#narrow(chunk) : chunk);
      return;
    }
    this.#head.push(chunk);
    this.#headLength += chunk.length;
    if (chunk.includes(LF) || chunk.includes(CR) || this.#headLength > 4 * MAX_HEADER_CHARS) this.#start(false);
  }

  /** Ends the stream and returns the number of data records. */
  finish(): number {
    if (this.#head !== undefined) this.#start(true);
    if (this.#oddByte !== -1) this.#scan(Uint8Array.of(NOT_ASCII)); // decodes as U+FFFD
    if (this.#state === QUOTED || this.#state === AFTER_CLOSE) this.#nonEmpty = true; // an unclosed quote: an error row
    if (this.#state !== BEFORE_HEADER && this.#nonEmpty) this.#records++;
    this.#state = BEFORE_HEADER;
    this.#nonEmpty = false;
    return Math.max(0, this.#records - 1);
  }

  /** Decides the encoding and the delimiter once the header line is complete, then counts what was kept. */
  #start(final: boolean): void {
    const bytes = Buffer.concat(this.#head!);
    if (bytes.length < 3 && !final) return;
    let body: Uint8Array = bytes;
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      body = bytes.subarray(3);
    } else if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      this.#utf16 = bytes[0] === 0xff ? 'le' : 'be';
      this.#oddByte = -1;
      body = this.#narrow(bytes.subarray(2));
    }
    const sniff = sniffHeader(Buffer.from(body.buffer, body.byteOffset, body.length).toString('latin1'), final);
    if (sniff === undefined) return;
    if (sniff.kind === 'header') this.#delimiter = sniff.delimiter.charCodeAt(0);
    this.#head = undefined;
    this.#scan(body);
  }

  /** UTF-16 code units as one byte each: ASCII as is, anything else as a byte that is never syntax. */
  #narrow(chunk: Uint8Array): Uint8Array {
    let bytes = chunk;
    if (this.#oddByte !== -1) {
      bytes = new Uint8Array(chunk.length + 1);
      bytes[0] = this.#oddByte;
      bytes.set(chunk, 1);
      this.#oddByte = -1;
    }
    const units = bytes.length >> 1;
    const out = new Uint8Array(units);
    const [low, high] = this.#utf16 === 'le' ? [0, 1] : [1, 0];
    for (let k = 0; k < units; k++) {
      const unit = bytes[2 * k + low]!;
      out[k] = bytes[2 * k + high] === 0 && unit < NOT_ASCII ? unit : NOT_ASCII;
    }
    if (bytes.length & 1) this.#oddByte = bytes[bytes.length - 1]!;
    return out;
  }

  #scan(bytes: Uint8Array): void {
    // A Buffer view, not a copy: Buffer#indexOf is about twice as fast as Uint8Array#indexOf.
    const b = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const n = b.length;
    const d = this.#delimiter;
    let state = this.#state;
    let nonEmpty = this.#nonEmpty;
    let records = this.#records;
    let i = 0;
    if (state === BEFORE_HEADER) {
      for (; i < n; i++) {
        const c = b[i]!;
        if (c === LF || c === CR) this.#lineIndent = -1;
        else if (c === SPACE || c === TAB || c === VT || c === FF) this.#lineIndent = c;
        else break;
      }
      if (i === n) return;
      // The header line starts with its indentation, which may end in a (tab) delimiter.
      nonEmpty = this.#lineIndent !== -1;
      state = !nonEmpty || this.#lineIndent === d ? FIELD_START : UNQUOTED;
    }
    // Next positions of a quote, LF and CR at or after i; -2 when not searched yet, -1 when there is none.
    let quote = -2;
    let lf = -2;
    let cr = -2;
    while (i < n) {
      if (state === FIELD_START || state === UNQUOTED) {
        if (lf < i && lf !== -1) lf = b.indexOf(LF, i);
        if (cr < i && cr !== -1) cr = b.indexOf(CR, i);
        const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
        const limit = end === -1 ? n : end;
        if (quote < i && quote !== -1) quote = b.indexOf(QUOTE, i);
        // A quote opens a quoted field only at the start of a field; elsewhere it is data.
        while (quote !== -1 && quote < limit && !(quote === i ? state === FIELD_START : b[quote - 1] === d)) {
          quote = b.indexOf(QUOTE, quote + 1);
        }
        if (quote !== -1 && quote < limit) {
          if (quote > i) nonEmpty = true;
          state = QUOTED;
          i = quote + 1;
        } else if (end === -1) {
          nonEmpty = true;
          state = b[n - 1] === d ? FIELD_START : UNQUOTED;
          i = n;
        } else {
          if (nonEmpty || end > i) records++;
          nonEmpty = false;
          state = FIELD_START;
          i = end + 1;
        }
      } else if (state === QUOTED) {
        if (quote < i && quote !== -1) quote = b.indexOf(QUOTE, i);
        if (quote === -1) {
          nonEmpty = true;
          i = n;
        } else {
          if (quote > i) nonEmpty = true;
          state = QUOTE_SEEN;
          i = quote + 1;
        }
      } else if (state === QUOTE_SEEN) {
        if (b[i] === QUOTE) {
          nonEmpty = true; // an escaped quote: data
          state = QUOTED;
          i++;
        } else {
          state = AFTER_CLOSE;
        }
      } else {
        // After a closing quote papaparse allows whitespace, then the delimiter or a line end.
        const c = b[i]!;
        if (c === d) {
          nonEmpty = true;
          state = FIELD_START;
          i++;
        } else if (c === LF || c === CR) {
          if (nonEmpty) records++;
          nonEmpty = false;
          state = FIELD_START;
          i++;
        } else if (c === SPACE || c === TAB || c === VT || c === FF) {
          // ASCII whitespace only: papaparse also allows a no-break space here,
          // which bytes cannot tell apart (0xA0 is NBSP in windows-1252 only).
          i++;
        } else {
          nonEmpty = true; // a stray quote: the quoted field goes on
          state = QUOTED;
        }
      }
    }
    this.#state = state;
    this.#nonEmpty = nonEmpty;
    this.#records = records;
  }
}
