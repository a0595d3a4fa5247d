import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { analyze } from '../../src/lib/text-analysis/analyzer.js';
import type { ChatMessage } from '../../src/providers/llm/llm.js';

// An OpenAI-compatible server on loopback for every test that needs a language
// model: real HTTP, real SSE, deterministic answers and embeddings, and the
// failures a provider has (error statuses, bad keys, silence, torn streams).

/** What a chat completion request asked for. */
export interface ChatRequest {
  model: string;
  messages: ChatMessage[];
  stream: boolean;
}

/** How the server behaves; change `server.options` between requests to switch. */
export interface OpenAiServerOptions {
  /** When set, requests must carry `Authorization: Bearer <apiKey>`, else 401. */
  apiKey?: string;
  /** Answer every request (the first `times` ones when given) with this status. */
  fail?: { status: number; message?: string; times?: number };
  /** Never answer, or send the stream's first events then go silent. */
  hang?: 'before-headers' | 'mid-stream';
  /** The assistant's text; defaultReply otherwise. */
  reply?: (request: ChatRequest) => string;
  /** Characters of reply per stream event (4); several events even for short replies. */
  chunkChars?: number;
  /** Write the SSE bytes in pieces this small, so lines and characters straddle TCP writes. */
  writeSize?: number;
  /** Pause between writes of a stream; none by default (the next turn of the event loop). */
  writeDelayMs?: number;
  lineEnding?: '\n' | '\r\n';
  /** Send embeddings last-first, as the protocol allows: clients must order by index. */
  reverseEmbeddings?: boolean;
  /** Embedding dimensions (64). */
  dimensions?: number;
}

/** One request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  /** Parsed JSON, or the raw text when it was not JSON. */
  body: any;
}

export interface TestOpenAiServer {
  /** Base URL including /v1, as the client is configured with. */
  url: string;
  port: number;
  requests: RecordedRequest[];
  options: OpenAiServerOptions;
  close(): Promise<void>;
}

export const TEST_CHAT_MODEL = 'test-chat';

/** Starts the server on 127.0.0.1 at a free port. */
export async function startOpenAiServer(options: OpenAiServerOptions = {}): Promise<TestOpenAiServer> {
  const requests: RecordedRequest[] = [];
  const state = { options, failures: 0 };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const recorded: RecordedRequest = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: parseBody(text),
      };
      requests.push(recorded);
      handle(recorded, res, state.options, state).catch((error: unknown) => res.destroy(error as Error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    port,
    requests,
    get options() {
      return state.options;
    },
    set options(next) {
      state.options = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        // Hung requests and clients' kept-alive sockets would hold close() forever.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

async function handle(
  req: RecordedRequest,
  res: http.ServerResponse,
  options: OpenAiServerOptions,
  state: { failures: number },
): Promise<void> {
  const auth = req.headers.authorization;
  if (options.apiKey && auth !== `Bearer ${options.apiKey}`) {
    // Like OpenAI, the message names the key it got: clients must not pass that on.
    const got = auth?.replace(/^Bearer /, '');
    const message = got ? `Incorrect API key provided: ${got}.` : "You didn't provide an API key.";
    return sendError(res, 401, message, 'invalid_request_error', 'invalid_api_key');
  }
  if (options.fail && (options.fail.times === undefined || state.failures < options.fail.times)) {
    state.failures++;
    const { status, message = 'The server had an error while processing your request.' } = options.fail;
    return sendError(res, status, message, status >= 500 ? 'server_error' : 'invalid_request_error');
  }
  if (options.hang === 'before-headers') return;
  if (req.method === 'GET' && req.path === '/v1/models')
    return sendJson(res, 200, {
      object: 'list',
      data: [{ id: TEST_CHAT_MODEL, object: 'model', owned_by: 'grivo-tests' }],
    });
  if (req.method !== 'POST') return sendError(res, 405, `Method ${req.method} not allowed.`, 'invalid_request_error');
  if (req.path === '/v1/chat/completions') return completeChat(req.body, res, options);
  if (req.path === '/v1/embeddings') return sendEmbeddings(req.body, res, options);
  sendError(res, 404, `Unknown path ${req.path}.`, 'invalid_request_error');
}

async function completeChat(body: any, res: http.ServerResponse, options: OpenAiServerOptions): Promise<void> {
  if (!Array.isArray(body?.messages))
    return sendError(res, 400, "'messages' is a required property.", 'invalid_request_error');
  const request: ChatRequest = {
    model: String(body.model ?? TEST_CHAT_MODEL),
    messages: body.messages,
    stream: body.stream === true,
  };
  const content = (options.reply ?? defaultReply)(request);
  const base = { id: 'chatcmpl-test', created: Math.floor(Date.now() / 1000), model: request.model };
  if (!request.stream) {
    const message = { role: 'assistant', content };
    return sendJson(res, 200, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message, finish_reason: 'stop' }],
    });
  }
  const eol = options.lineEnding ?? '\n';
  const event = (delta: object, finish: string | null = null) =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }] })}${eol}${eol}`;
  const pieces = [...content.matchAll(new RegExp(`[^]{1,${options.chunkChars ?? 4}}`, 'gu'))].map(([piece]) => piece);
  const events = [
    `: keep-alive${eol}${eol}`,
    event({ role: 'assistant', content: '' }),
    ...pieces.map((piece) => event({ content: piece })),
  ];
  if (options.hang !== 'mid-stream') events.push(event({}, 'stop'), `data: [DONE]${eol}${eol}`);
  res.writeHead(200, { 'content-type': 'text/event-stream; charset=utf-8', 'cache-control': 'no-cache' });
  res.flushHeaders();
  res.socket?.setNoDelay(true);
  const writes = options.writeSize
    ? splitBytes(Buffer.from(events.join('')), options.writeSize)
    : events.map((e) => Buffer.from(e));
  for (const bytes of writes) {
    if (res.destroyed) return;
    res.write(bytes);
    // Yield between writes so each leaves as its own TCP segment (no Nagle, no corking).
    await new Promise((resolve) =>
      options.writeDelayMs ? setTimeout(resolve, options.writeDelayMs) : setImmediate(resolve),
    );
  }
  if (options.hang !== 'mid-stream') res.end();
}

function sendEmbeddings(body: any, res: http.ServerResponse, options: OpenAiServerOptions): void {
  const input: unknown = body?.input;
  const texts = typeof input === 'string' ? [input] : input;
  if (!Array.isArray(texts) || texts.length === 0 || !texts.every((t) => typeof t === 'string')) {
    sendError(res, 400, "'input' must be a string or a non-empty array of strings.", 'invalid_request_error');
    return;
  }
  const data = texts.map((text, index) => ({
    object: 'embedding',
    index,
    embedding: embedText(text, options.dimensions),
  }));
  if (options.reverseEmbeddings) data.reverse();
  const tokens = texts.reduce((sum, text) => sum + text.split(/\s+/).length, 0);
  sendJson(res, 200, {
    object: 'list',
    data,
    model: String(body.model ?? 'test-embedding'),
    usage: { prompt_tokens: tokens, total_tokens: tokens },
  });
}

/**
 * The default answer, derived from the request so tests can tell what the
 * model was shown: the passage numbers in the last user message and its question.
 */
export function defaultReply(request: Pick<ChatRequest, 'messages'>): string {
  const last = [...request.messages].reverse().find((m) => m.role === 'user')?.content ?? '';
  const numbers = [...new Set([...last.matchAll(/^\[(\d+)\]/gm)].map(([, n]) => `[${n}]`))];
  const question = /Question:\s*([\s\S]*)$/.exec(last)?.[1]?.trim() ?? last.trim();
  return numbers.length > 0 ? `Based on ${numbers.join(' ')}: ${question}` : `No passages for: ${question}`;
}

/** A deterministic embedding: the text's analyzed (English) terms hashed into `dimensions` buckets, L2-normalised. */
export function embedText(text: string, dimensions = 64): number[] {
  const vector = new Array<number>(dimensions).fill(0);
  const terms = [...new Set(analyze(text, 'en', { query: true }))];
  for (const term of terms.length > 0 ? terms : [text.trim().toLowerCase()]) vector[fnv1a(term) % dimensions]! += 1;
  const norm = Math.hypot(...vector);
  return vector.map((x) => x / norm);
}

function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

function splitBytes(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

function parseBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function sendError(
  res: http.ServerResponse,
  status: number,
  message: string,
  type: string,
  code: string | null = null,
): void {
  sendJson(res, status, { error: { message, type, param: null, code } });
}

function sendJson(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
