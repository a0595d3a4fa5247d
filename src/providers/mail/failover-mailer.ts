import type { SendFailure } from './classify-send-error.js';
import type { Mailer, OutgoingMessage, SendOutcome } from './mailer.js';
import type { SmtpServer } from './smtp-servers.js';
import { createThrottle, REAL_CLOCK, type Clock, type Throttle } from './throttle.js';

/** What the failover mailer needs of one server's mailer (an SmtpMailer). */
export interface RefusableMailer {
  readonly concurrency: number;
  attempt(message: OutgoingMessage, signal?: AbortSignal): Promise<{ outcome: SendOutcome; refused: boolean }>;
  close(): Promise<void>;
}

/** A refusing server is left alone this long, doubling with each refusal in a row up to the most. */
export const COOL_DOWN = { firstMs: 30_000, mostMs: 5 * 60_000 } as const;

interface Route {
  label: string;
  mailer: RefusableMailer;
  throttle: Throttle | undefined;
  inFlight: number;
  /** Turns taken ahead by `acquire` and not yet used by a send, and those being waited for. */
  prepaid: number;
  reserved: number;
  /** Refusals in a row, and until when (clock ms) the server is skipped. */
  refusals: number;
  coolUntil: number;
}

/**
 * Delivers through several SMTP servers. Each message goes to the least busy
 * server that is not cooling down (the first listed on a tie), at that
 * server's own rate when it has one. When a server refuses before taking the
 * message (it cannot be reached, refuses the greeting or our login: see
 * `refusedBeforeMessage`), it cools down and the message goes to the next
 * server. Any other failure is returned as it is, never retried elsewhere:
 * once the message was handed over it may have been delivered. When every
 * server refuses, the outcome is a server outage (`about: 'server'`), as with one.
 * When all are cooling down, the one whose cool-down ends first is tried.
 */
export class FailoverMailer implements Mailer {
  readonly kind = 'smtp';
  readonly concurrency: number;
  readonly #routes: Route[];
  readonly #clock: Clock;

  constructor(servers: Array<{ server: SmtpServer; mailer: RefusableMailer }>, clock: Clock = REAL_CLOCK) {
    if (servers.length === 0) throw new RangeError('FailoverMailer needs at least one server');
    this.#clock = clock;
    this.#routes = servers.map(({ server, mailer }) => ({
      label: server.label,
      mailer,
      throttle: server.ratePerSecond > 0 ? createThrottle(server.ratePerSecond, clock) : undefined,
      inFlight: 0,
      prepaid: 0,
      reserved: 0,
      refusals: 0,
      coolUntil: Number.NEGATIVE_INFINITY,
    }));
    this.concurrency = this.#routes.reduce((n, r) => n + r.mailer.concurrency, 0);
  }

  /**
   * Takes a turn ahead on the server the next message would go to, when it has
   * a rate; the next send goes there without waiting again. (A send whose
   * server refuses waits for its next server's turn.)
   */
  async acquire(signal?: AbortSignal): Promise<void> {
    signal?.throwIfAborted();
    const route = this.#pick(new Set());
    if (!route?.throttle) return;
    route.reserved++;
    try {
      await route.throttle.take(signal);
    } catch (error) {
      route.reserved--;
      throw error;
    }
    // Turns acquired and never used are capped, so they cannot pile up into a burst.
    if (route.prepaid < route.mailer.concurrency) route.prepaid++;
    else route.reserved--;
  }

  async send(message: OutgoingMessage, signal?: AbortSignal): Promise<SendOutcome> {
    const tried = new Set<Route>();
    const refusals: string[] = [];
    let last: SendFailure | undefined;
    for (let route = this.#pick(tried); route; route = this.#pick(tried)) {
      tried.add(route);
      route.inFlight++;
      let result: Awaited<ReturnType<RefusableMailer['attempt']>>;
      try {
        if (route.prepaid > 0) {
          route.prepaid--;
          route.reserved--;
        } else await route.throttle?.take(signal);
        result = await route.mailer.attempt(message, signal);
      } finally {
        route.inFlight--;
      }
      if (result.outcome.ok) {
        route.refusals = 0;
        route.coolUntil = Number.NEGATIVE_INFINITY;
        return result.outcome;
      }
      if (!result.refused) return result.outcome;
      this.#coolDown(route);
      refusals.push(`${route.label}: ${result.outcome.error}`);
      last = result.outcome;
    }
    const cooling = this.#routes.length - tried.size;
    const more = cooling === 0 ? '' : `; ${cooling} more cooling down after refusing`;
    return {
      ...last!,
      about: 'server',
      permanent: false,
      error: `no SMTP server took the message (${refusals.join('; ')}${more})`,
    };
  }

  /** SMTP keeps no copies. */
  async forget(): Promise<void> {}

  async close(): Promise<void> {
    await Promise.all(this.#routes.map((r) => r.mailer.close()));
  }

  /** The servers as they stand, for logs and tests. */
  state(): Array<{ label: string; inFlight: number; coolingForMs: number }> {
    const now = this.#clock.now();
    return this.#routes.map((r) => ({
      label: r.label,
      inFlight: r.inFlight,
      coolingForMs: Math.max(0, r.coolUntil - now),
    }));
  }

  /**
   * The server for a message: not tried yet for it and not cooling down, one
   * with a turn taken ahead if any, else the least busy (messages in flight
   * and turns taken ahead, per connection); for a message's first try when
   * every server cools down, the one that is ready first. Undefined: nothing
   * left to try.
   */
  #pick(tried: Set<Route>): Route | undefined {
    const now = this.#clock.now();
    const load = (r: Route) => (r.inFlight + r.reserved) / r.mailer.concurrency;
    let best: Route | undefined;
    for (const route of this.#routes) {
      if (tried.has(route) || route.coolUntil > now) continue;
      if (route.prepaid > 0 && tried.size === 0) return route;
      if (!best || load(route) < load(best)) best = route;
    }
    if (best || tried.size > 0) return best;
    return this.#routes.reduce((a, b) => (b.coolUntil < a.coolUntil ? b : a));
  }

  /** Starts the server's cool-down; refusals of messages already in flight when it began do not lengthen it. */
  #coolDown(route: Route): void {
    const now = this.#clock.now();
    if (route.coolUntil > now) return;
    route.refusals++;
    const ms = Math.min(COOL_DOWN.firstMs * 2 ** (route.refusals - 1), COOL_DOWN.mostMs);
    route.coolUntil = now + ms;
  }
}
