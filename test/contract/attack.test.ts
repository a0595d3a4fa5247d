import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../helpers/app.js';
import { DIALECTS } from '../helpers/engines.js';
import { genericStatuses, problemsOf, type Seen } from './check.js';
import { operationsOf, resolver, SchemaValidator, type Operation } from './document.js';
import { createOwned, FILE_LIMIT, logIn, paramsOf, type World } from './fixtures.js';
import { invalidForms, validForms } from './forms.js';
import { fixtureOf, hint, invalidRequests, materialize, validRequests, type Planned, type Target } from './requests.js';
import { sampleFiles } from './samples.js';

// Issue 15's contract test: every operation of the OpenAPI document the
// server publishes (read from it at run time, so a new route is attacked the
// day it is documented), with requests generated from its own schemas —
// valid ones, and invalid ones that each break one rule — on every engine.
// No response may be a 5xx, answer a status the operation does not document,
// or carry a body its documented schema rejects (a streamed answer is read as
// the list of its events, in their documented order); invalid requests must
// fail (4xx) and most valid ones must succeed, or the generator proves nothing.
// An operation that also takes multipart/form-data is attacked with forms too:
// valid ones from the form's schema, and every kind of broken one.
// CONTRACT_SEED fixes another seed; CONTRACT_RUNS the valid runs per operation;
// CONTRACT_OPS (a regex of "METHOD /path") attacks only the operations it matches.

const SEED = process.env.CONTRACT_SEED ? Number(process.env.CONTRACT_SEED) : 20_260_415;
const VALID_RUNS = Number(process.env.CONTRACT_RUNS ?? 20);
const INVALID_RUNS = Math.ceil(VALID_RUNS * 1.25);
/** Forms of each invalid kind (forms.ts lists them all, so each is sent). */
const RUNS_PER_FORM_ATTACK = 2;
/** The share of valid requests that must succeed (2xx), per operation. */
const MIN_SUCCESS = 0.6;

const ENV = {
  GRIVO_RATE_LIMIT_PRO: '1000000',
  GRIVO_RATE_LIMIT_FREE: '1000000',
  GRIVO_PUBLIC_RATE_LIMIT: '1000000',
  GRIVO_WIDGET_RATE_LIMIT: '1000000',
  GRIVO_AUTH_FAILURES_PER_WINDOW: '1000000',
  GRIVO_PLAN_PRO_CHATBOTS: '100000',
  GRIVO_PLAN_PRO_CONTACTS: '1000000',
  GRIVO_PLAN_PRO_CHAT_MESSAGES_PER_DAY: '1000000',
  // Low enough that a file over the limit is cheap to send.
  GRIVO_SOURCE_MAX_FILE_BYTES: String(FILE_LIMIT),
  GRIVO_IMPORT_MAX_BYTES: String(FILE_LIMIT),
};

interface Tally {
  valid: number;
  succeeded: number;
  invalid: number;
  /** Answers read as a stream of events (text/event-stream). */
  streams: number;
  statuses: Record<string, number>;
  refusals: Set<string>;
}

describe.each(DIALECTS)('every operation of the document, attacked, on %s', (dialect) => {
  let t: TestApp;
  let world: World;
  let ops: Operation[];
  let validator: SchemaValidator;
  let resolve: ReturnType<typeof resolver>;
  beforeAll(async () => {
    t = await createTestApp(dialect, ENV);
    const owner = await createOwned(t, await t.tenant('pro'), 'owner', 'contract.example');
    const stranger = await createOwned(t, await t.tenant('pro'), 'stranger', 'stranger.example');
    world = { t, owner, stranger, samples: await sampleFiles() };
    const doc = (await t.app.inject({ method: 'GET', url: '/v1/openapi.json' })).json();
    ops = operationsOf(doc);
    validator = new SchemaValidator(doc);
    resolve = resolver(doc);
  }, 60_000);
  afterAll(() => t?.close());

  it('reads /v1, /dashboard and /public operations from the document', () => {
    for (const prefix of ['/v1/', '/dashboard/', '/public/'])
      expect(ops.filter((op) => op.path.startsWith(prefix)).length, prefix).toBeGreaterThan(0);
  });

  async function send(op: Operation, target: Target, planned: Planned): Promise<Seen & { url: string }> {
    const { fixture } = target;
    const params =
      planned.params === 'fresh'
        ? await fixture.fresh!(world)
        : planned.params === 'owner'
          ? paramsOf(op.path, world.owner)
          : planned.params;
    const session = fixture.freshSession ? await logIn(t, world.owner.email) : world.owner.session;
    if (planned.label === 'valid' && planned.body && fixture.freshBody) {
      const fields = await fixture.freshBody(world);
      planned = {
        ...planned,
        body: { ...planned.body, payload: JSON.stringify({ ...JSON.parse(String(planned.body.payload)), ...fields }) },
      };
    }
    const { url, headers } = materialize(op, planned, params, world.owner, session);
    const res = await t.app.inject({
      method: op.method,
      url,
      headers,
      ...(planned.body ? { payload: planned.body.payload } : {}),
    });
    return { url, status: res.statusCode, contentType: String(res.headers['content-type'] ?? ''), body: res.body };
  }

  it('answers every operation within its contract, valid requests or not', async () => {
    const generic = genericStatuses(ops);
    const failures = new Set<string>();
    const tallies = new Map<string, Tally>();
    const only = process.env.CONTRACT_OPS ? new RegExp(process.env.CONTRACT_OPS) : undefined;
    for (const op of ops.filter((o) => !only || only.test(o.key))) {
      const target: Target = { op, fixture: fixtureOf(op), gen: { resolve, hint }, validator, world };
      const newTally = (key: string): Tally => {
        const tally: Tally = { valid: 0, succeeded: 0, invalid: 0, streams: 0, statuses: {}, refusals: new Set() };
        tallies.set(key, tally);
        return tally;
      };
      let tally = newTally(op.key);
      const attempt = async (planned: Planned | null, isValid: boolean) => {
        if (!planned) return;
        const seen = await send(op, target, planned);
        tally.statuses[seen.status] = (tally.statuses[seen.status] ?? 0) + 1;
        if (seen.contentType.startsWith('text/event-stream')) tally.streams++;
        const problems = problemsOf(op, seen, validator, generic);
        if (isValid) {
          tally.valid++;
          if (seen.status < 300) tally.succeeded++;
          else tally.refusals.add(`${seen.status} ${seen.body.slice(0, 160)}`);
        } else {
          tally.invalid++;
          if (seen.status < 400) problems.push(`an invalid request (${planned.label}) answered ${seen.status}`);
        }
        for (const problem of problems)
          failures.add(
            `${op.key}: ${problem} (${planned.label})\n    ${op.method} ${seen.url.slice(0, 200)} ${preview(planned.body?.payload)}\n    → ${seen.status} ${seen.body.slice(0, 300)}`,
          );
      };
      await fc.assert(
        fc.asyncProperty(validRequests(target), (planned) => attempt(planned, true)),
        { seed: SEED, numRuns: VALID_RUNS },
      );
      await fc.assert(
        fc.asyncProperty(invalidRequests(target), (planned) => attempt(planned, false)),
        { seed: SEED, numRuns: INVALID_RUNS },
      );
      if (!op.form) continue;
      tally = newTally(`${op.key} (multipart/form-data)`);
      await fc.assert(
        fc.asyncProperty(validForms(target), (planned) => attempt(planned, true)),
        { seed: SEED, numRuns: VALID_RUNS },
      );
      for (const attack of invalidForms(target))
        await fc.assert(
          fc.asyncProperty(attack.arbitrary, (planned) => attempt(planned, false)),
          { seed: SEED, numRuns: RUNS_PER_FORM_ATTACK },
        );
    }

    const weak = [...tallies]
      .filter(([, tally]) => tally.succeeded < tally.valid * MIN_SUCCESS)
      .map(
        ([key, tally]) =>
          `${key}: ${tally.succeeded}/${tally.valid} valid requests succeeded; refused: ${[...tally.refusals].slice(0, 3).join(' | ')}`,
      );
    // A stream the document describes must have been read at least once, or its check proved nothing.
    for (const op of ops) {
      const tally = tallies.get(op.key);
      const streamed = Object.values(op.responses).some((r) => r.content?.['text/event-stream']);
      if (tally && streamed && tally.streams === 0) weak.push(`${op.key}: no valid request was answered as a stream`);
    }
    const requests = [...tallies.values()].reduce((sum, tally) => sum + tally.valid + tally.invalid, 0);
    console.log(
      `contract on ${dialect}: ${ops.length} operations, ${requests} requests (seed ${SEED})\n${[...tallies]
        .map(
          ([key, tally]) =>
            `  ${key}: ${tally.succeeded}/${tally.valid} valid ok, ${tally.invalid} invalid${tally.streams ? `, ${tally.streams} streamed` : ''}; ${JSON.stringify(tally.statuses)}`,
        )
        .join('\n')}`,
    );
    // Both at once, so one run shows every finding.
    expect(
      { 'responses that break the contract': [...failures], 'operations whose valid requests mostly failed': weak },
      'a failure in the second list means the generator is wrong, or the server',
    ).toEqual({ 'responses that break the contract': [], 'operations whose valid requests mostly failed': [] });
  }, 240_000);
});

/** A request body for a failure message: text as it is, bytes with what is not printable as dots. */
function preview(payload: string | Buffer | undefined): string {
  if (payload === undefined) return '';
  if (typeof payload === 'string') return payload.slice(0, 300);
  return payload
    .subarray(0, 300)
    .toString('latin1')
    .replace(/[^\x20-\x7e\n]/g, '.');
}
