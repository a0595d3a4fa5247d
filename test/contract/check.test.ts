import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { genericStatuses, problemsOf } from './check.js';
import { operationsOf, SchemaValidator, type Operation } from './document.js';
import { encodeForm } from './forms.js';

// The contract test's own checks, on responses made by hand: a check that
// cannot fail proves nothing. (The document is the committed one, which
// generated.test.ts keeps equal to what the server publishes.)

const doc = JSON.parse(fs.readFileSync('packages/sdk/openapi.json', 'utf8'));
const ops = operationsOf(doc);
const validator = new SchemaValidator(doc);
const generic = genericStatuses(ops);
const op = (key: string) => ops.find((o) => o.key === key) as Operation;

const sse = (...events: Array<[string, unknown]>) =>
  events.map(([name, data]) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`).join('');
const meta = { conversation_id: 'conv_1', message_id: 'msg_1', answered: true, sources: [] };
const done = { ...meta, answer: 'Hello there.' };
const widgetMeta = { ...meta, conversation_token: 'tok' };

describe('a streamed answer, read as the list of its events', () => {
  const chat = op('POST /v1/chatbots/{id}/chat');
  const problems = (body: string, on = chat) =>
    problemsOf(on, { status: 200, contentType: 'text/event-stream; charset=utf-8', body }, validator, generic);

  it('keeps the contract as the server sends it', () => {
    expect(
      problems(sse(['meta', meta], ['delta', { text: 'Hello ' }], ['delta', { text: 'there.' }], ['done', done])),
    ).toEqual([]);
    expect(
      problems(sse(['meta', meta], ['error', { error: { code: 'internal_error', message: 'x', status: 500 } }])),
    ).toEqual([]);
    const widget = op('POST /public/chatbots/{id}/chat');
    expect(
      problems(
        sse(['meta', widgetMeta], ['delta', { text: 'Hello there.' }], ['done', { ...done, ...widgetMeta }]),
        widget,
      ),
    ).toEqual([]);
  });

  it('fails a payload its documented schema rejects', () => {
    expect(
      problems(sse(['meta', { ...meta, answered: 'yes' }], ['done', { ...done, answered: 'yes', answer: '' }])).join(),
    ).toMatch(/does not match the documented schema/);
    expect(problems(sse(['meta', meta], ['delta', { words: 'Hello there.' }], ['done', done])).join()).toMatch(
      /does not match the documented schema/,
    );
    // The widget's events carry its conversation token.
    expect(problems(sse(['meta', meta], ['done', done]), op('POST /public/chatbots/{id}/chat')).join()).toMatch(
      /does not match the documented schema/,
    );
  });

  it('fails events out of order, a second or missing end, and a done that contradicts the rest', () => {
    const d = ['delta', { text: 'Hello there.' }] as [string, unknown];
    expect(problems(sse(d, ['meta', meta], ['done', done])).join()).toMatch(/come as \[delta meta done\]/);
    expect(problems(sse(['meta', meta], d)).join()).toMatch(/come as \[meta delta\]/);
    expect(problems(sse(['meta', meta], d, ['done', done], ['done', done])).join()).toMatch(/come as/);
    expect(problems(sse(['meta', meta], ['delta', { text: 'Hi' }], ['done', done])).join()).toMatch(/deltas' text/);
    expect(problems(sse(['meta', meta], d, ['done', { ...done, message_id: 'msg_2' }])).join()).toMatch(
      /done's message_id is not meta's/,
    );
  });

  it('fails a stream that is not well-formed', () => {
    const body = sse(['meta', meta], ['delta', { text: 'Hello there.' }], ['done', done]);
    expect(problems(body.slice(0, -1)).join()).toMatch(/does not end with a blank line/);
    expect(problems(body.replace('data: {"text"', 'data: {text')).join()).toMatch(
      /data of event 2 \(delta\) is not JSON/,
    );
    expect(problems(body.replace('data: {"text"', 'dat: {"text"')).join()).toMatch(/unknown line/);
    expect(problems('event: meta\n\n').join()).toMatch(/has no data/);
    // A comment line, CRLF line ends and data over two lines are all well-formed.
    const split = `: hi\r\nevent: meta\r\ndata: ${JSON.stringify(meta)}\r\n\r\nevent: delta\ndata: {"text":\ndata: "Hello there."}\n\nevent: done\ndata: ${JSON.stringify(done)}\n\n`;
    expect(problems(split)).toEqual([]);
  });
});

describe('a form encoded by hand', () => {
  it('is multipart/form-data as a parser reads it', async () => {
    const body = encodeForm(
      [
        { name: 'title', value: 'Hours' },
        { name: 'file', filename: 'hours.md', type: 'text/markdown', bytes: Buffer.from('# Hours\n\n9 to 5') },
      ],
      'grivo-b',
    );
    const form = await new Response(body, {
      headers: { 'content-type': 'multipart/form-data; boundary=grivo-b' },
    }).formData();
    expect(form.get('title')).toBe('Hours');
    const file = form.get('file') as File;
    expect([file.name, file.type, await file.text()]).toEqual(['hours.md', 'text/markdown', '# Hours\n\n9 to 5']);
  });
});
