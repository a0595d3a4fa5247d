/**
 * What can go wrong below the HTTP layer that a caller should hear about:
 * a service Grivo depends on failing, or an input larger than allowed.
 * Lower layers (storage, providers) throw these without knowing about HTTP;
 * `http/error-handler.ts` maps each kind to its code and status.
 */
export type DomainFailure = 'model_unavailable' | 'too_large';

export class DomainError extends Error {
  constructor(
    readonly kind: DomainFailure,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}
