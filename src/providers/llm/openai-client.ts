import type { CallOptions, ChatMessage, ChatModel, Embedder } from './llm.js';
import { LlmError } from './llm-error.js';
import {
  parseJson,
  postJson,
  startDeadline,
  toLlmError,
  type Deadline,
  type ProviderEndpoint,
} from './provider-request.js';
import { readSseData } from './sse.js';

/** Settings of an OpenAI-compatible provider. */
export interface OpenAiClientOptions extends ProviderEndpoint {
  chatModel?: string;
  embeddingModel?: string;
  /** Texts per /embeddings request; 64 by default. */
  embeddingBatchSize?: number;
  /** Sampling temperature; low by default, since answers should stick to the passages. */
  temperature?: number;
}

export const DEFAULT_CHAT_MODEL = 'gpt-4o-mini';
export const DEFAULT_EMBEDDING_MODEL = 'text-embedding-3-small';

/**
 * A client of the OpenAI HTTP API (`/chat/completions`, `/embeddings`), which
 * most self-hosted servers speak too. Every failure is an LlmError. The
 * timeout bounds each request; a stream may run longer as long as it never
 * stays silent for timeoutMs.
 */
export class OpenAiClient implements ChatModel, Embedder {
  private readonly chatModel: string;
  private readonly embeddingModel: string;

  constructor(private readonly options: OpenAiClientOptions) {
    this.chatModel = options.chatModel ?? DEFAULT_CHAT_MODEL;
    this.embeddingModel = options.embeddingModel ?? DEFAULT_EMBEDDING_MODEL;
  }

  /** The whole answer to `messages`. */
  async complete(messages: ChatMessage[], { signal }: CallOptions = {}): Promise<string> {
    return this.call(signal, async (deadline) => {
      const response = await postJson(this.options, '/chat/completions', this.chatBody(messages, false), deadline);
      return contentOf(parseJson(await response.text(), 'a completion'));
    });
  }

  /** The answer to `messages` piece by piece, as the model writes it. */
  async *stream(messages: ChatMessage[], { signal }: CallOptions = {}): AsyncGenerator<string, void, undefined> {
    const deadline = startDeadline(this.options.timeoutMs, signal);
    try {
      const response = await postJson(this.options, '/chat/completions', this.chatBody(messages, true), deadline);
      // A server that ignores `stream` answers with one plain completion.
      if (!response.headers.get('content-type')?.includes('text/event-stream')) {
        yield contentOf(parseJson(await response.text(), 'a completion'));
        return;
      }
      for await (const data of readSseData(extendingOnEachChunk(response, deadline))) {
        if (data.trim() === '[DONE]') return;
        const delta = deltaOf(parseJson(data, 'a stream event'));
        if (delta) yield delta;
      }
    } catch (error) {
      throw toLlmError(error, this.options, deadline);
    } finally {
      // Also reached when the consumer stops early; the body reader is cancelled by then.
      deadline.clear();
    }
  }

  /** One vector per text, in the order of `texts`, fetched in batches. */
  async embed(texts: string[], { signal }: CallOptions = {}): Promise<Float32Array[]> {
    const size = this.options.embeddingBatchSize ?? 64;
    const vectors: Float32Array[] = [];
    for (let start = 0; start < texts.length; start += size) {
      const batch = texts.slice(start, start + size);
      const body = { model: this.embeddingModel, input: batch };
      const embeddings = await this.call(signal, async (deadline) => {
        const response = await postJson(this.options, '/embeddings', body, deadline);
        return embeddingsOf(parseJson(await response.text(), 'embeddings'), batch.length);
      });
      vectors.push(...embeddings);
    }
    return vectors;
  }

  private chatBody(messages: ChatMessage[], stream: boolean) {
    return { model: this.chatModel, messages, stream, temperature: this.options.temperature ?? 0.2 };
  }

  private async call<T>(signal: AbortSignal | undefined, run: (deadline: Deadline) => Promise<T>): Promise<T> {
    const deadline = startDeadline(this.options.timeoutMs, signal);
    try {
      return await run(deadline);
    } catch (error) {
      throw toLlmError(error, this.options, deadline);
    } finally {
      deadline.clear();
    }
  }
}

/** The response body's chunks, giving the deadline more time whenever one arrives. */
async function* extendingOnEachChunk(response: Response, deadline: Deadline): AsyncGenerator<Uint8Array> {
  if (!response.body) return;
  const reader = response.body.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      deadline.extend();
      yield value;
    }
  } finally {
    // Stopping early (the visitor left, or [DONE]) must close the connection, not drain it.
    await reader.cancel().catch(() => undefined);
  }
}

function contentOf(body: unknown): string {
  const content = (body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw invalid('a completion without choices[0].message.content', body);
  return content;
}

function deltaOf(event: unknown): string {
  const e = event as { error?: { message?: unknown }; choices?: { delta?: { content?: unknown } }[] } | null;
  // Some providers report a failure mid-stream as an event.
  if (e?.error)
    throw new LlmError('http', `The language model failed mid-answer: ${String(e.error.message ?? 'unknown error')}`);
  const content = e?.choices?.[0]?.delta?.content;
  return typeof content === 'string' ? content : '';
}

function embeddingsOf(body: unknown, count: number): Float32Array[] {
  const data = (body as { data?: { index?: unknown; embedding?: unknown }[] } | null)?.data;
  if (!Array.isArray(data) || data.length !== count)
    throw invalid(`embeddings other than the ${count} asked for`, body);
  const vectors: Float32Array[] = new Array(count);
  for (const item of data) {
    const { index, embedding } = item ?? {};
    if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= count || vectors[index]) {
      throw invalid('embeddings with missing or repeated indexes', body);
    }
    if (!Array.isArray(embedding) || embedding.length === 0 || !embedding.every((x) => typeof x === 'number')) {
      throw invalid('an embedding that is not a list of numbers', body);
    }
    vectors[index] = Float32Array.from(embedding as number[]);
  }
  return vectors;
}

function invalid(what: string, body: unknown): LlmError {
  return new LlmError('invalid_response', `The language model sent ${what}: ${JSON.stringify(body)?.slice(0, 120)}`);
}
