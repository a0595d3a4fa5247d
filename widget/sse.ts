// Server-Sent Events parsing, by hand: EventSource cannot POST. Kept free of
// DOM types so the Node tests can import it.

/** One dispatched event: its name ("message" when none was given) and data. */
export interface SseEvent {
  event: string;
  data: string;
}

/**
 * An incremental parser: `push` decoded text as it arrives (events, lines and
 * even a CRLF may straddle pushes), `end` when the stream closes.
 */
export function sseParser(onEvent: (event: SseEvent) => void): { push(text: string): void; end(): void } {
  let pending = '';

  const dispatch = (block: string) => {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (!line || line[0] === ':') continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value[0] === ' ') value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) onEvent({ event, data: data.join('\n') });
  };

  const drain = (final: boolean) => {
    // A trailing CR may be the first half of a CRLF: wait for the next push.
    const held = !final && pending.endsWith('\r') ? '\r' : '';
    const text = (held ? pending.slice(0, -1) : pending).replace(/\r\n?/g, '\n');
    const blocks = text.split('\n\n');
    pending = (final ? '' : (blocks.pop() ?? '')) + held;
    for (const block of blocks) if (block) dispatch(block);
  };

  return {
    push(text) {
      pending += text;
      drain(false);
    },
    end() {
      drain(true);
    },
  };
}
