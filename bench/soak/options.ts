// The soak's command line. Imported first: the test helpers it reuses read
// TEST_DATABASE_URL when they are loaded, so it is set here, before them.
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '60' }, // how long the kills and the new work go on
    'kill-every': { type: 'string', default: '5' }, // seconds between kills, on average (±50 %)
    seed: { type: 'string' }, // which process is killed when
    'database-url': {
      type: 'string',
      default: process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test',
    },
    'redis-url': { type: 'string', default: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379' },
    'settle-seconds': { type: 'string', default: '240' }, // how long the work may take to finish afterwards
  },
});

process.env.TEST_DATABASE_URL = values['database-url'];

export const OPTIONS = {
  seconds: Number(values.seconds),
  killEveryMs: Number(values['kill-every']) * 1000,
  seed: values.seed === undefined ? Date.now() % 100_000 : Number(values.seed),
  databaseUrl: values['database-url']!,
  redisUrl: values['redis-url']!,
  settleMs: Number(values['settle-seconds']) * 1000,
};
for (const [name, value] of Object.entries(OPTIONS)) {
  if (typeof value === 'number' && !(value >= 0)) throw new Error(`--${name} must be a number ≥ 0`);
}
