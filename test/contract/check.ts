import { documentedResponse, type Operation, type SchemaValidator } from './document.js';

// What every response must be, whatever was asked: never a 5xx; a status the
// operation documents (or one every route can give); its body of the
// documented media type and schema; an error in the one envelope.

/** A response as the contract test sees it. */
export interface Seen {
  status: number;
  contentType: string;
  body: string;
}

/** The statuses any operation may answer though it does not list them: those every operation of the document lists, and 429. */
export function genericStatuses(ops: Operation[]): Set<number> {
  const lists = ops.map((op) => new Set(Object.keys(op.responses)));
  const everywhere = [...(lists[0] ?? [])].filter((s) => lists.every((l) => l.has(s)));
  return new Set([...everywhere.map(Number).filter(Number.isInteger), 429]);
}

/** What is wrong with the response, or [] when it keeps the contract. */
export function problemsOf(op: Operation, seen: Seen, validator: SchemaValidator, generic: Set<number>): string[] {
  const problems: string[] = [];
  if (seen.status >= 500) problems.push(`a ${seen.status}`);
  const documented = documentedResponse(op, seen.status);
  if (!documented && !generic.has(seen.status)) problems.push(`status ${seen.status} is not documented`);
  const mediaType = seen.contentType.split(';')[0]!.trim();
  let parsed: unknown;
  if (/json/.test(mediaType)) {
    try {
      parsed = JSON.parse(seen.body);
    } catch {
      problems.push(`its ${mediaType} body is not JSON`);
    }
  } else if (mediaType === 'text/event-stream') {
    // Checked as the document describes a stream: the list of its events.
    const stream = eventsOf(seen.body);
    problems.push(...stream.problems, ...orderOf(stream.events));
    parsed = stream.events;
  }
  if (seen.status >= 400) {
    const error = (parsed as { error?: Record<string, unknown> } | undefined)?.error;
    if (!parsed || Object.keys(parsed).join() !== 'error' || !error) problems.push('the error is not {"error": {...}}');
    else {
      if (error.status !== seen.status) problems.push(`error.status ${String(error.status)} ≠ HTTP ${seen.status}`);
      if (typeof error.code !== 'string' || typeof error.message !== 'string')
        problems.push('error.code or error.message is not a string');
    }
  }
  const content = documented?.content;
  if (content && Object.keys(content).length > 0 && seen.body.length > 0) {
    const entry = content[mediaType];
    if (!entry)
      problems.push(`media type ${mediaType || '(none)'} is not documented (${Object.keys(content).join(', ')})`);
    else if (entry.schema && parsed !== undefined) {
      const errors = validator.errors(entry.schema, parsed);
      if (errors) problems.push(`the body does not match the documented schema: ${errors}`);
    }
  }
  return problems;
}

/** One Server-Sent Event: its name and its `data:` read as JSON. */
export interface StreamEvent {
  event: string;
  data: unknown;
}

/**
 * The events of a `text/event-stream` body: blocks split on blank lines, each
 * an `event:` line and `data:` lines (joined by newlines, read as JSON);
 * comments (`:`) and `id:`/`retry:` are skipped, as a browser would.
 */
export function eventsOf(body: string): { events: StreamEvent[]; problems: string[] } {
  const events: StreamEvent[] = [];
  const problems: string[] = [];
  const text = body.replace(/\r\n?/g, '\n');
  if (text.length > 0 && !text.endsWith('\n\n')) problems.push('the stream does not end with a blank line');
  for (const [n, block] of text.split(/\n{2,}/).entries()) {
    if (block.trim() === '') continue;
    let name = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') name = value;
      else if (field === 'data') data.push(value);
      else if (field !== 'id' && field !== 'retry')
        problems.push(`event ${n + 1} has an unknown line ${JSON.stringify(line)}`);
    }
    if (data.length === 0) {
      problems.push(`event ${n + 1} (${name}) has no data`);
      continue;
    }
    try {
      events.push({ event: name, data: JSON.parse(data.join('\n')) });
    } catch {
      problems.push(`the data of event ${n + 1} (${name}) is not JSON`);
    }
  }
  return { events, problems };
}

/** What breaks the documented order: `meta` first, then `delta`s, then one `done` (or an `error`) last — and `done` says what the rest said. */
export function orderOf(events: StreamEvent[]): string[] {
  const names = events.map((e) => e.event);
  const problems: string[] = [];
  const order = names.join(' ');
  if (!/^meta( delta)* (done|error)$/.test(order))
    problems.push(`the events come as [${order}], not meta, delta…, done`);
  const done = events.at(-1);
  if (done?.event === 'done' && done.data && typeof done.data === 'object') {
    const whole = done.data as Record<string, unknown>;
    const said = events
      .filter((e) => e.event === 'delta')
      .map((e) => (e.data as { text?: unknown } | null)?.text)
      .join('');
    if (whole.answer !== said) problems.push("done's answer is not the deltas' text put together");
    const meta = events[0]?.data as Record<string, unknown> | undefined;
    for (const key of Object.keys(meta ?? {}))
      if (JSON.stringify(meta?.[key]) !== JSON.stringify(whole[key])) problems.push(`done's ${key} is not meta's`);
  }
  return problems;
}
