/**
 * One block of a report: its fields by lowercased name. A field given twice
 * keeps its first value (a report names each field once per block).
 */
export type FieldBlock = Map<string, string>;

/**
 * Reads the body of a `message/delivery-status` (RFC 3464) or
 * `message/feedback-report` (RFC 5965) part: blocks of `Name: value` fields
 * separated by blank lines, continuation lines starting with white space.
 * A DSN's first block is about the message, each next one about a recipient;
 * a feedback report has one block. Lines that are not fields are left out;
 * nothing here throws.
 */
export function parseReportFields(text: string): FieldBlock[] {
  const blocks: FieldBlock[] = [];
  let block: FieldBlock | undefined;
  let last: string | undefined;
  for (const line of text.replace(/\r\n?/g, '\n').split('\n')) {
    if (line.trim() === '') {
      block = undefined;
      last = undefined;
      continue;
    }
    if (/^[ \t]/.test(line)) {
      // A folded line continues the field before it.
      if (block && last !== undefined) block.set(last, `${block.get(last)} ${line.trim()}`.trim());
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : '';
    if (!/^[a-z0-9-]+$/.test(name)) {
      last = undefined;
      continue;
    }
    if (!block) {
      block = new Map();
      blocks.push(block);
    }
    last = block.has(name) ? undefined : name;
    if (last !== undefined) block.set(name, line.slice(colon + 1).trim());
  }
  return blocks;
}

/**
 * The address of a typed field such as `Final-Recipient: rfc822; ada@example.com`
 * or a bare `Original-Rcpt-To: <ada@example.com>`; undefined when it holds none.
 */
export function addressOf(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semi = value.indexOf(';');
  const type = semi < 0 ? 'rfc822' : value.slice(0, semi).trim().toLowerCase();
  if (type !== 'rfc822') return undefined;
  const address = (semi < 0 ? value : value.slice(semi + 1)).trim().replace(/^<(.*)>$/, '$1');
  return /^[^\s@<>]+@[^\s@<>]+$/.test(address) ? address : undefined;
}

/** The class of a DSN status such as `5.1.1`: 'hard' for 5, 'soft' for 4, undefined otherwise (2 is success). */
export function statusClass(status: string | undefined): 'hard' | 'soft' | undefined {
  const match = /^([245])\.\d{1,3}\.\d{1,3}\b/.exec(status?.trim() ?? '');
  if (!match) return undefined;
  return match[1] === '5' ? 'hard' : match[1] === '4' ? 'soft' : undefined;
}
