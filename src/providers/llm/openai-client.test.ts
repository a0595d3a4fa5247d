import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import {
  defaultReply,
  embedText,
  startOpenAiServer,
  type OpenAiServerOptions,
  type TestOpenAiServer,
} from '../../../test/helpers/openai-server.js';
import type { ChatMessage } from './llm.js';
import { LlmError } from './llm-error.js';
import { OpenAiClient, type OpenAiClientOptions } from './openai-client.js';

// Every test talks HTTP to the local OpenAI-compatible server.

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function server(options: OpenAiServerOptions = {}): Promise<TestOpenAiServer> {
  const s = await startOpenAiServer(options);
  cleanups.push(() => s.close());
  return s;
}

function client(s: TestOpenAiServer, options: Partial<OpenAiClientOptions> = {}): OpenAiClient {
  return new OpenAiClient({
    baseUrl: s.url,
    timeoutMs: 2_000,
    chatModel: 'test-chat',
    embeddingModel: 'test-embed',
    ...options,
  });
}

const MESSAGES: ChatMessage[] = [
  { role: 'system', content: 'Answer only from the passages.' },
  {
    role: 'user',
    content:
      'Passages from the website:\n\n[1] Built-in Types › str.split (https://docs.example/stdtypes#str.split)\nReturn a list of the words.\n\n[2] Tutorial (https://docs.example/tutorial)\nStrings.\n\nQuestion: what does str.split do?',
  },
];
const EXPECTED = 'Based on [1] [2]: what does str.split do?';

async function collect(stream: AsyncIterable<string>): Promise<string[]> {
  const pieces: string[] = [];
  for await (const piece of stream) pieces.push(piece);
  return pieces;
}

async function failure(promise: Promise<unknown>): Promise<LlmError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(LlmError);
  return error as LlmError;
}

/** A server that answers every request with `respond`: for replies the test server is too well-behaved to send. */
async function rawServer(respond: (res: http.ServerResponse) => void): Promise<string> {
  const s = http.createServer((req, res) => req.resume().on('end', () => respond(res)));
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  cleanups.push(
    () =>
      new Promise((resolve) => {
        s.closeAllConnections();
        s.close(() => resolve());
      }),
  );
  return `http://127.0.0.1:${(s.address() as net.AddressInfo).port}/v1`;
}

async function closedPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', () => resolve()));
  const { port } = s.address() as net.AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

describe('OpenAiClient.complete', () => {
  it('posts the model and messages to /chat/completions and returns the content', async () => {
    const s = await server();
    expect(defaultReply({ messages: MESSAGES })).toBe(EXPECTED);
    expect(await client(s).complete(MESSAGES)).toBe(EXPECTED);
    expect(s.requests).toHaveLength(1);
    const [request] = s.requests;
    expect(request).toMatchObject({
      method: 'POST',
      path: '/v1/chat/completions',
      body: { model: 'test-chat', messages: MESSAGES, stream: false },
    });
    expect(request!.headers['content-type']).toBe('application/json');
    expect(request!.headers.authorization).toBeUndefined();
  });

  it('sends the API key as a Bearer token; a wrong one is a 401 LlmError that never repeats the key', async () => {
    const s = await server({ apiKey: 'sk-right-key' });
    expect(await client(s, { apiKey: 'sk-right-key' }).complete(MESSAGES)).toBe(EXPECTED);
    expect(s.requests[0]!.headers.authorization).toBe('Bearer sk-right-key');

    const error = await failure(client(s, { apiKey: 'sk-wrong-secret-123' }).complete(MESSAGES));
    expect(error).toMatchObject({ failure: 'http', providerStatus: 401, kind: 'model_unavailable' });
    expect(error.message).toContain('401');
    expect(error.message).toContain('Incorrect API key provided');
    expect(error.message).not.toContain('sk-wrong-secret-123');
    expect(JSON.stringify(error)).not.toContain('sk-wrong-secret-123');
  });

  it('a 500 carries the status and the provider message', async () => {
    const s = await server({ fail: { status: 500, message: 'The model is overloaded.' } });
    const error = await failure(client(s).complete(MESSAGES));
    expect(error).toMatchObject({ failure: 'http', providerStatus: 500 });
    expect(error.message).toBe('The language model provider answered HTTP 500: The model is overloaded.');
  });

  it('a server that never answers times out', async () => {
    const s = await server({ hang: 'before-headers' });
    const started = Date.now();
    const error = await failure(client(s, { timeoutMs: 200 }).complete(MESSAGES));
    expect(error.failure).toBe('timeout');
    expect(error.message).toContain('200 ms');
    expect(Date.now() - started).toBeLessThan(1_500);
  });

  it('a refused connection is a network LlmError naming the host', async () => {
    const port = await closedPort();
    const error = await failure(
      new OpenAiClient({ baseUrl: `http://127.0.0.1:${port}/v1`, timeoutMs: 2_000 }).complete(MESSAGES),
    );
    expect(error.failure).toBe('network');
    expect(error.message).toContain(`127.0.0.1:${port}`);
    expect(error.message).toContain('ECONNREFUSED');
  });

  it('malformed JSON or a body without content is an invalid_response', async () => {
    const baseUrl = await rawServer((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices": ['),
    );
    const error = await failure(new OpenAiClient({ baseUrl, timeoutMs: 2_000 }).complete(MESSAGES));
    expect(error.failure).toBe('invalid_response');

    const s = await server();
    s.options = { reply: () => null as unknown as string };
    expect((await failure(client(s).complete(MESSAGES))).failure).toBe('invalid_response');
  });

  it('the caller aborting cancels the request', async () => {
    const s = await server({ hang: 'before-headers' });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const error = await failure(client(s).complete(MESSAGES, { signal: controller.signal }));
    expect(error.failure).toBe('aborted');
  });
});

describe('OpenAiClient.stream', () => {
  it('asks for a stream and yields the deltas in several pieces', async () => {
    const s = await server();
    const pieces = await collect(client(s).stream(MESSAGES));
    expect(pieces.length).toBeGreaterThan(3);
    expect(pieces.join('')).toBe(EXPECTED);
    expect(s.requests[0]!.body).toMatchObject({ stream: true, model: 'test-chat' });
  });

  it('reassembles lines, \\r\\n endings and multi-byte characters split across TCP writes', async () => {
    const reply = 'Les chaînes — «str» — se découpent avec split() 🐍; 東京 ✓.';
    for (const options of [
      { writeSize: 3 },
      { writeSize: 7, lineEnding: '\r\n' as const },
      { writeSize: 1, chunkChars: 1 },
    ]) {
      const s = await server({ ...options, reply: () => reply });
      expect((await collect(client(s).stream(MESSAGES))).join('')).toBe(reply);
    }
  });

  it('a stream that goes silent midway times out; one that keeps talking may outlast the timeout', async () => {
    const s = await server({ hang: 'mid-stream', reply: () => 'Some words then nothing.' });
    const pieces: string[] = [];
    const error = await failure(
      (async () => {
        for await (const piece of client(s, { timeoutMs: 300 }).stream(MESSAGES)) pieces.push(piece);
      })(),
    );
    expect(error.failure).toBe('timeout');
    expect(pieces.join('')).toBe('Some words then nothing.');

    // ~20 writes 15 ms apart take over 300 ms, against a 150 ms timeout.
    s.options = { writeSize: 60, writeDelayMs: 15, reply: () => 'A long answer.' };
    const started = Date.now();
    expect((await collect(client(s, { timeoutMs: 150 }).stream(MESSAGES))).join('')).toBe('A long answer.');
    expect(Date.now() - started).toBeGreaterThan(250);
  });

  it('error statuses and refused connections fail the stream with an LlmError', async () => {
    const s = await server({ fail: { status: 429, message: 'Rate limit reached.' } });
    const error = await failure(collect(client(s).stream(MESSAGES)));
    expect(error).toMatchObject({ failure: 'http', providerStatus: 429 });
    expect(error.message).toContain('Rate limit reached.');

    const port = await closedPort();
    const refused = await failure(
      collect(new OpenAiClient({ baseUrl: `http://127.0.0.1:${port}/v1`, timeoutMs: 1_000 }).stream(MESSAGES)),
    );
    expect(refused.failure).toBe('network');
  });

  it('the caller aborting mid-stream ends it with an aborted LlmError', async () => {
    const s = await server({ writeSize: 20, writeDelayMs: 5, reply: () => 'y'.repeat(200) });
    const controller = new AbortController();
    const pieces: string[] = [];
    const error = await failure(
      (async () => {
        for await (const piece of client(s).stream(MESSAGES, { signal: controller.signal })) {
          pieces.push(piece);
          controller.abort();
        }
      })(),
    );
    expect(error.failure).toBe('aborted');
    expect(pieces.join('').length).toBeLessThan(200);
  });

  it('takes a plain completion from a server that ignores stream, and fails on an error event', async () => {
    const plain = await rawServer((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"choices":[{"message":{"content":"Whole."}}]}'),
    );
    expect(await collect(new OpenAiClient({ baseUrl: plain, timeoutMs: 1_000 }).stream(MESSAGES))).toEqual(['Whole.']);

    const broken = await rawServer((res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end('data: {"choices":[{"delta":{"content":"Par"}}]}\n\ndata: {"error":{"message":"Model crashed."}}\n\n');
    });
    const pieces: string[] = [];
    const error = await failure(
      (async () => {
        for await (const piece of new OpenAiClient({ baseUrl: broken, timeoutMs: 1_000 }).stream(MESSAGES))
          pieces.push(piece);
      })(),
    );
    expect(pieces).toEqual(['Par']);
    expect(error.message).toContain('Model crashed.');

    const garbled = await rawServer((res) =>
      res.writeHead(200, { 'content-type': 'text/event-stream' }).end('data: {"choices":\n\n'),
    );
    expect(
      (await failure(collect(new OpenAiClient({ baseUrl: garbled, timeoutMs: 1_000 }).stream(MESSAGES)))).failure,
    ).toBe('invalid_response');
  });

  it('stopping early closes the stream without error', async () => {
    const s = await server({ writeSize: 5, reply: () => 'x'.repeat(400) });
    const stream = client(s).stream(MESSAGES);
    const first = await stream.next();
    expect(first.done).toBe(false);
    await stream.return(undefined);
    expect((await stream.next()).done).toBe(true);
  });
});

describe('OpenAiClient.embed', () => {
  it('batches the texts and returns one vector each, in order, whatever order the server answers in', async () => {
    const s = await server({ reverseEmbeddings: true });
    const texts = Array.from({ length: 150 }, (_, i) => `text number ${i} about topic${i % 7}`);
    const vectors = await client(s, { embeddingBatchSize: 64 }).embed(texts);
    expect(vectors).toHaveLength(150);
    expect(s.requests.map((r) => r.body.input.length)).toEqual([64, 64, 22]);
    expect(s.requests.every((r) => r.path === '/v1/embeddings' && r.body.model === 'test-embed')).toBe(true);
    vectors.forEach((vector, i) => {
      expect(vector).toBeInstanceOf(Float32Array);
      expect(Array.from(vector)).toEqual(Array.from(Float32Array.from(embedText(texts[i]!))));
    });
    expect(await client(s).embed([])).toEqual([]);
    expect(s.requests).toHaveLength(3);
  });

  it('the test embeddings put similar texts closer than unrelated ones', async () => {
    const s = await server();
    const [a, b, c] = await client(s).embed([
      'How do I define a function in Python?',
      'Defining functions: the def keyword introduces a function definition.',
      'The football world cup final was won on penalties.',
    ]);
    const cosine = (x: Float32Array, y: Float32Array) => x.reduce((sum, v, i) => sum + v * y[i]!, 0);
    expect(a).toHaveLength(64);
    expect(cosine(a!, b!)).toBeGreaterThan(cosine(a!, c!));
    expect(cosine(a!, a!)).toBeCloseTo(1, 5);
  });

  it('a 401 or a short answer is an LlmError', async () => {
    const s = await server({ apiKey: 'sk-right-key' });
    expect((await failure(client(s).embed(['a']))).providerStatus).toBe(401);
    const baseUrl = await rawServer((res) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"data":[{"index":0,"embedding":[1]}]}'),
    );
    const error = await failure(new OpenAiClient({ baseUrl, timeoutMs: 1_000 }).embed(['a', 'b']));
    expect(error.failure).toBe('invalid_response');
  });
});
