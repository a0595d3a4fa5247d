// What the rest of Grivo sees of a language model provider. OpenAiClient
// implements both interfaces for any OpenAI-compatible server (OpenAI, Azure
// OpenAI's v1 endpoint, Ollama, vLLM, LiteLLM, llama.cpp…).

/** One message of a chat completion request. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

/** Per-call options: cancelling when the visitor goes away. */
export interface CallOptions {
  signal?: AbortSignal;
}

/** A chat model: a whole answer, or the answer as it is generated. */
export interface ChatModel {
  complete(messages: ChatMessage[], options?: CallOptions): Promise<string>;
  stream(messages: ChatMessage[], options?: CallOptions): AsyncGenerator<string, void, undefined>;
}

/** An embedding model: one vector per text, in the order given. */
export interface Embedder {
  embed(texts: string[], options?: CallOptions): Promise<Float32Array[]>;
}
