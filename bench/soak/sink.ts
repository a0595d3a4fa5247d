// The soak's SMTP server on loopback: takes every message and counts, per
// recipient address, how many arrived whole (a message cut off by a kill
// never reaches the end of DATA, so it is not counted).
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface Sink {
  url: string;
  received: Map<string, number>;
  total(): number;
  close(): Promise<void>;
}

export async function startSink(): Promise<Sink> {
  const received = new Map<string, number>();
  let total = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    disableReverseLookup: true,
    logger: false,
    closeTimeout: 1000,
    size: 10 * 1024 * 1024,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        total++;
        for (const { address } of session.envelope.rcptTo) received.set(address, (received.get(address) ?? 0) + 1);
        callback();
      });
    },
  });
  // A sender killed mid-session resets its connection: expected here.
  server.on('error', () => {});
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    total: () => total,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
