import { DomainError } from '../../lib/domain-error.js';

/** How a call to the provider failed. */
export type LlmFailure = 'http' | 'timeout' | 'network' | 'invalid_response' | 'aborted';

/**
 * Every failure of a call to a language model provider: an error status,
 * no answer in time, no connection, an answer we cannot read, or the caller
 * cancelling. A domain error, so one left uncaught renders as a 502.
 */
export class LlmError extends DomainError {
  constructor(
    readonly failure: LlmFailure,
    message: string,
    /** The provider's HTTP status, for failure 'http'. */
    readonly providerStatus?: number,
  ) {
    super('model_unavailable', message);
    this.name = 'LlmError';
  }
}
