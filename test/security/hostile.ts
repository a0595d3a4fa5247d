import fc from 'fast-check';

// Generated hostile input for the fuzz suite: strings an attacker would try
// (NUL, lone surrogates, injections, templates, huge and deep values), and
// ways to send them (path segments, query strings, JSON, headers).

const NASTY = [
  '',
  ' ',
  '\u0000',
  'a\u0000b',
  '\udfff',
  '\ud800x',
  '\ud83d\ude00',
  '\u202eevil',
  '\uFEFF',
  '../../../../etc/passwd',
  "' OR 1=1 --",
  '"; drop table contacts; --',
  '<script>alert(1)</script>',
  'javascript:alert(1)',
  '{{ 7 | times: 7 }}',
  '{% for i in (1..100000000) %}x{% endfor %}',
  '{% include "x" %}',
  '${jndi:ldap://127.0.0.1/a}',
  '__proto__',
  'constructor',
  'NaN',
  '-1',
  '1e309',
  '99999999999999999999999',
  'null',
  'true',
  '%00',
  '%',
  'bot_',
  `ct_${'x'.repeat(80)}`,
  'a'.repeat(5000),
  'http://169.254.169.254/latest/meta-data/',
  'user@example.com',
  '=cmd|" /C calc"!A0',
];

/** Any UTF-16 code unit, lone surrogates and NUL included. */
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.string({ maxLength: 8 }), fc.constantFrom('\u0000', '\ud800', '\udfff'), fc.string({ maxLength: 8 }))
      .map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: fc.string({ unit: codeUnit, maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
);

const scalar = fc.oneof(hostileString, fc.integer(), fc.double(), fc.boolean(), fc.constant(null));

/** A JSON value nested `depth` levels (arrays and objects), to try the depth limits. */
export const deepJson = fc.tuple(fc.integer({ min: 5, max: 3000 }), fc.boolean()).map(([depth, arrays]) => {
  let value: unknown = 'leaf';
  for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
  return value;
});

/** Any JSON value whose strings are hostile. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar, tie('array'), tie('object')),
  array: fc.array(tie('value'), { maxLength: 4 }),
  object: fc.dictionary(hostileString, tie('value'), { maxKeys: 4 }),
})).value;

/** A hostile value of the same shape as `valid`: what passes a type check and reaches the code behind it. */
function sameShape(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid === 'string') return hostileString;
  if (typeof valid === 'number')
    return fc.oneof(fc.integer(), fc.double(), fc.constantFrom(0, -1, 1e308, 2 ** 53, 1.5));
  if (typeof valid === 'boolean') return fc.boolean();
  if (Array.isArray(valid)) return fc.array(sameShape(valid[0] ?? ''), { maxLength: 5 });
  if (valid !== null && typeof valid === 'object') {
    const entries = Object.entries(valid);
    return fc.oneof(
      fc.record(Object.fromEntries(entries.map(([k, v]) => [k, fc.oneof(fc.constant(v), sameShape(v))]))),
      fc.dictionary(hostileString, hostileJson, { maxKeys: 4 }),
    );
  }
  return hostileJson;
}

/** A valid body with one or two fields replaced: mostly by hostile values of the same shape, sometimes by anything, or deep. */
export function mutatedBody(valid: Record<string, unknown> | undefined): fc.Arbitrary<unknown> {
  const entries = Object.entries(valid ?? {});
  if (entries.length === 0) return fc.oneof(fc.constant({}), fc.dictionary(hostileString, hostileJson, { maxKeys: 3 }));
  const mutation = (value: unknown) =>
    fc.oneof(
      { weight: 4, arbitrary: sameShape(value) },
      { weight: 1, arbitrary: hostileJson },
      { weight: 1, arbitrary: deepJson },
    );
  return fc
    .subarray(
      entries.map(([key]) => key),
      { minLength: 1, maxLength: Math.min(2, entries.length) },
    )
    .chain((chosen) =>
      fc.record(
        Object.fromEntries(
          entries.map(([key, value]) => [key, chosen.includes(key) ? mutation(value) : fc.constant(value)]),
        ),
      ),
    );
}

/** Percent-encodes a string as a URL part: its UTF-8 bytes (a lone surrogate becomes U+FFFD, as any client sends it). */
export function encodePart(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      /[A-Za-z0-9_.~-]/.test(String.fromCharCode(b))
        ? String.fromCharCode(b)
        : `%${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** A path segment: a hostile string encoded, or raw sequences no client library would produce. */
export const hostileSegment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: hostileString.filter((s) => s.length > 0).map(encodePart) },
  {
    weight: 1,
    arbitrary: fc.constantFrom('%00', '%ED%A0%80', '%C0%AF', '%', '%zz', '..', '%2e%2e', '%2F', 'a%00b', '%F0%9F'),
  },
);

const QUERY_KEYS = [
  'page',
  'per_page',
  'search',
  'tag',
  'status',
  'starting_after',
  'upsert',
  'tags',
  'update_existing',
  'api_key',
  '__proto__',
];

/** A query string: known and unknown keys with hostile values, sometimes malformed. */
export const hostileQuery: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .array(fc.tuple(fc.oneof(fc.constantFrom(...QUERY_KEYS), hostileString), hostileString), { maxLength: 3 })
      .map((pairs) => pairs.map(([k, v]) => `${encodePart(k)}=${encodePart(v)}`).join('&')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'search=%00',
      'page=%ED%A0%80',
      '%=%',
      'a&&&b==c',
      'per_page=1e3',
      'page=-1',
      'tag[]=x&tag[]=y',
      'search=%zz',
    ),
  },
);

/** Header values an HTTP client can send (no control characters), hostile otherwise. */
const headerValue = fc.oneof(
  fc.constantFrom('', 'x', '\u00ff\u00fe', 'a'.repeat(2000), "' OR 1=1", 'null', '../'),
  fc.string({
    unit: fc
      .integer({ min: 0x20, max: 0xff })
      .filter((c) => c !== 0x7f)
      .map((c) => String.fromCharCode(c)),
    maxLength: 30,
  }),
);

const CONTENT_TYPES = [
  'application/json',
  'application/json; charset=utf-8',
  'text/csv',
  'text/plain',
  'multipart/form-data; boundary=fuzz',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'garbage',
];

export interface HostileHeaders {
  contentType: string | undefined;
  idempotencyKey: string | undefined;
  origin: string | undefined;
  csrf: string | undefined;
}

// Usually absent (the body's type is then JSON), sometimes anything.
const sometimes = <T>(arbitrary: fc.Arbitrary<T>) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary });

export const hostileHeaders: fc.Arbitrary<HostileHeaders> = fc.record({
  contentType: sometimes(fc.oneof(fc.constantFrom(...CONTENT_TYPES), headerValue)),
  idempotencyKey: sometimes(headerValue),
  // The widget's routes answer only an allowed origin: mostly that one.
  origin: fc.oneof(
    { weight: 3, arbitrary: fc.constant('https://fuzz.example') },
    {
      weight: 1,
      arbitrary: sometimes(fc.oneof(fc.constantFrom('null', 'https://evil.example', 'http://127.0.0.1'), headerValue)),
    },
  ),
  csrf: sometimes(headerValue),
});

/** A body as sent: JSON of a value, or raw text that is not (or barely) JSON. */
export const rawBody: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    '',
    '{',
    '{"a":',
    'null',
    '[]',
    '"\\u0000"',
    '"\\udfff"',
    '{"__proto__":{"admin":true}}',
    '\u0000',
    '{"a":1,"a":2}',
    'email\nnul\u0000@example.com\n',
    '--fuzz\r\nContent-Disposition: form-data; name="file"\r\n\r\nx\r\n--fuzz--',
  ),
  hostileString,
);

/** A CSV file of contacts with hostile cells (and sometimes hostile headers). */
export const hostileCsv: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 3, arbitrary: fc.constant(['email', 'first_name', 'tags', 'city']) },
      { weight: 1, arbitrary: fc.array(hostileString, { minLength: 1, maxLength: 4 }) },
    ),
    fc.array(fc.array(fc.oneof(fc.constant('ada@example.com'), hostileString), { minLength: 1, maxLength: 4 }), {
      maxLength: 5,
    }),
  )
  .map(([header, rows]) =>
    [header, ...rows].map((cells) => cells.map((c) => `"${c.replaceAll('"', '""')}"`).join(',')).join('\n'),
  );
