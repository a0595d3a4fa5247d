import { LlmError } from './llm-error.js';

/** Where and how to reach the provider. */
export interface ProviderEndpoint {
  /** Like http://localhost:11434/v1 — paths are appended to it. */
  baseUrl: string;
  apiKey?: string;
  /** How long to wait for the response, and for each piece of a streamed one. */
  timeoutMs: number;
}

/** A request in flight: its signal, and why it was aborted if it was. */
export interface Deadline {
  signal: AbortSignal;
  /** Gives the request timeoutMs more, from now: a stream that keeps sending is alive. */
  extend(): void;
  clear(): void;
  /** Why the signal aborted: a timeout or the caller cancelling; undefined while it has not. */
  reason(): LlmError | undefined;
}

/** Aborts after timeoutMs, or when the caller's signal aborts; extend() starts the wait again. */
export function startDeadline(timeoutMs: number, callerSignal?: AbortSignal): Deadline {
  const controller = new AbortController();
  let reason: LlmError | undefined;
  const abort = (error: LlmError) => {
    reason ??= error;
    controller.abort(error);
  };
  const onCallerAbort = () => abort(new LlmError('aborted', 'The request to the language model was cancelled.'));
  const timeout = () => abort(new LlmError('timeout', `The language model did not answer within ${timeoutMs} ms.`));
  let timer = setTimeout(timeout, timeoutMs);
  if (callerSignal?.aborted) onCallerAbort();
  callerSignal?.addEventListener('abort', onCallerAbort, { once: true });
  return {
    signal: controller.signal,
    reason: () => reason,
    extend() {
      clearTimeout(timer);
      if (!reason) timer = setTimeout(timeout, timeoutMs);
    },
    clear() {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onCallerAbort);
    },
  };
}

/**
 * POSTs `body` as JSON to `path` under the base URL and returns the response
 * once it is 2xx; anything else becomes an LlmError carrying the status and
 * the provider's own explanation, with the API key scrubbed from it.
 */
export async function postJson(
  endpoint: ProviderEndpoint,
  path: string,
  body: unknown,
  deadline: Deadline,
): Promise<Response> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: 'application/json, text/event-stream',
  };
  if (endpoint.apiKey) headers.authorization = `Bearer ${endpoint.apiKey}`;
  let response: Response;
  try {
    response = await fetch(`${endpoint.baseUrl.replace(/\/+$/, '')}${path}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: deadline.signal,
    });
  } catch (error) {
    throw toLlmError(error, endpoint, deadline);
  }
  if (response.ok) return response;
  let text = '';
  try {
    text = await response.text();
  } catch (error) {
    throw toLlmError(error, endpoint, deadline);
  }
  const explanation = scrub(providerMessage(text) ?? response.statusText, endpoint.apiKey);
  const message = `The language model provider answered HTTP ${response.status}${explanation ? `: ${explanation}` : '.'}`;
  throw new LlmError('http', message, response.status);
}

/** Any error of a call as an LlmError: ours pass through; the deadline says timeout or cancel; the rest is the network. */
export function toLlmError(error: unknown, endpoint: ProviderEndpoint, deadline: Deadline): LlmError {
  if (error instanceof LlmError) return error;
  const reason = deadline.reason();
  if (reason) return reason;
  // fetch says "fetch failed" or "terminated"; the cause says what happened.
  const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const detail =
    typeof cause?.message === 'string' ? cause.message : error instanceof Error ? error.message : String(error);
  return new LlmError(
    'network',
    `Could not reach the language model at ${hostOf(endpoint.baseUrl)}: ${scrub(detail, endpoint.apiKey)}`,
  );
}

/** Parses a JSON response body; anything else is the provider misbehaving. */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new LlmError(
      'invalid_response',
      `The language model sent ${what} that is not valid JSON: ${JSON.stringify(text.slice(0, 80))}`,
    );
  }
}

/** The explanation in an error body: OpenAI's {error:{message}}, Ollama's {error:"…"}, or short plain text. */
function providerMessage(text: string): string | undefined {
  try {
    const body = JSON.parse(text) as { error?: unknown; message?: unknown; detail?: unknown };
    const error = body.error as { message?: unknown } | string | undefined;
    const message = typeof error === 'string' ? error : (error?.message ?? body.message ?? body.detail);
    if (typeof message === 'string' && message.trim()) return message.trim().slice(0, 300);
  } catch {
    // Not JSON: a proxy's page or a plain sentence.
  }
  const plain = text.trim();
  return plain && !plain.startsWith('<') ? plain.slice(0, 300) : undefined;
}

// Providers echo bad keys back in their messages; ours must never carry one.
function scrub(text: string, apiKey: string | undefined): string {
  return apiKey ? text.split(apiKey).join('[redacted]') : text;
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).host;
  } catch {
    return 'an invalid base URL';
  }
}
