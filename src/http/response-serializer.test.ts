import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { responseSerializer } from './response-serializer.js';

const Item = z.object({
  id: z.string(),
  count: z.number().int(),
  ratio: z.number(),
  note: z.string().nullable(),
  nickname: z.string().optional(),
  status: z.enum(['active', 'paused']),
  tags: z.array(z.string()),
  attributes: z.record(z.string(), z.string()),
  settings: z.object({ enabled: z.boolean(), when: z.literal('start') }),
  progress: z.object({ done: z.number().int(), total: z.number().int().nullable() }).nullable(),
  value: z.union([z.string(), z.number()]),
  anything: z.unknown(),
});
const Page = z.object({ data: z.array(Item), total: z.number().int() });

const item = {
  id: 'bot_0VbQx3Lk7pZm2RtN',
  count: 3,
  ratio: 0.25,
  note: null,
  status: 'active',
  tags: ['a', 'b "quoted"'],
  attributes: { city: 'Zürich', 'odd key\n': 'line\nbreak\t\\' },
  settings: { enabled: true, when: 'start' },
  progress: { done: 1, total: null },
  value: 7,
  anything: { nested: [1, 'two', null] },
};

describe('responseSerializer', () => {
  const write = responseSerializer({ schema: Page });
  const viaZod = (data: unknown) => JSON.stringify(z.encode(Page, data as z.output<typeof Page>));

  it('writes the bytes zod and JSON.stringify wrote', () => {
    const samples = [
      { data: [], total: 0 },
      { data: [item], total: 1 },
      { data: [{ ...item, nickname: 'Émile 🚀', progress: null, value: 'x', note: '\u2028</script>' }], total: 2 },
    ];
    for (const sample of samples) expect(write(sample)).toBe(viaZod(sample));
  });

  it('writes only the fields of the schema: one added by mistake never leaks', () => {
    const leaky = {
      data: [{ ...item, key_hash: 'secret', settings: { ...item.settings, token: 'secret' } }],
      total: 1,
      debug: 'secret',
    };
    const written = write(leaky);
    expect(written).not.toContain('secret');
    expect(written).toBe(viaZod(leaky));
  });
});
