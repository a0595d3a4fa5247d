/** One rendered message for one recipient, ready to hand to a Mailer. */
export interface OutgoingMessage {
  from: { name: string | null; address: string };
  to: string;
  replyTo: string | null;
  subject: string;
  html: string;
  text: string;
  /** Extra headers, e.g. List-Unsubscribe, List-Unsubscribe-Post. */
  headers: Record<string, string>;
  /** Full Message-ID with angle brackets, e.g. '<cmp_x.ct_y@example.com>'; deterministic per campaign+recipient. */
  messageId: string;
  /** SMTP envelope sender (MAIL FROM), e.g. a VERP bounce address; undefined: the From address. The From header is unchanged. */
  envelopeFrom?: string;
  /** Stable file-safe name of this message (e.g. 'cmp_x.ct_y'); the outbox writes it under this name so writing the same message twice leaves one file. */
  key: string;
  /**
   * The whole message, composed ahead by `composeMime` from the fields above, which it then
   * stands for: it is sent as it is (to `to`, from `envelopeFrom` or `from`). Whoever changes a field drops it.
   */
  mime?: Uint8Array;
}

/**
 * What became of one delivery. `permanent` failures are not worth retrying.
 * `about` says whose failure it is: the recipient's (the server answered
 * this message or address), or the server's (unreachable, dropped, refused
 * our login or sender, out of disk) — which says nothing about the recipient
 * and would fail every other message too.
 */
export type SendOutcome =
  | { ok: true }
  | { ok: false; permanent: boolean; about: 'recipient' | 'server'; error: string; responseCode?: number };

/**
 * Delivers one message at a time per call; never throws for a delivery failure (it is returned as data).
 * An aborted `signal` is not a delivery failure: `send` then rejects with `signal.reason`, and
 * whether a message already on the wire was delivered is unknown.
 */
export interface Mailer {
  readonly kind: 'smtp' | 'outbox';
  /** How many messages may be in flight at once: the SMTP connections of the pool (outbox: any small number, e.g. 4). */
  readonly concurrency: number;
  /**
   * Waits for a turn under the send rate (at once when unthrottled), so a caller can wait
   * before it commits to a message; the next `send` then uses that turn instead of waiting.
   * Rejects with `signal.reason` when aborted.
   */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Sends now when unthrottled or after an `acquire`; otherwise first waits for a turn. */
  send(message: OutgoingMessage, signal?: AbortSignal): Promise<SendOutcome>;
  /**
   * Deletes the copies this mailer keeps of these messages (by `key`), for an erasure:
   * the outbox's files. SMTP keeps none; what a mail server stored is beyond its reach.
   */
  forget(keys: readonly string[]): Promise<void>;
  close(): Promise<void>;
}

export const SENT: SendOutcome = Object.freeze({ ok: true });
