import { ApiError } from '../../lib/api-error.js';

/** How a call to the provider failed. */
export type LlmFailure = 'http' | 'timeout' | 'network' | 'invalid_response' | 'aborted';

/**
 * Every failure of a call to a language model provider: an error status,
 * no answer in time, no connection, an answer we cannot read, or the caller
 * cancelling. An ApiError, so one left uncaught renders as a 502.
 */
export class LlmError extends ApiError {
  constructor(
    readonly failure: LlmFailure,
    message: string,
    /** The provider's HTTP status, for failure 'http'. */
    readonly providerStatus?: number,
  ) {
    super('llm_unavailable', message);
    this.name = 'LlmError';
  }
}
