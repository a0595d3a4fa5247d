import { ApiFailure } from '../../api/client';

/**
 * Splits a server error between the form's fields and the form itself. The
 * server names nested fields by path (`audience.tags.2`), so a field claims
 * every param under its own name; an error no shown field claims is the
 * form's, shown once at the top rather than twice.
 */
export function formErrors(error: Error | undefined, fields: readonly string[]) {
  const param = error instanceof ApiFailure ? error.param : undefined;
  const owner = param ? fields.find((f) => param === f || param.startsWith(`${f}.`)) : undefined;
  return {
    field: (name: string): string | undefined => (owner === name ? error?.message : undefined),
    general: owner ? undefined : error,
  };
}

/** The server's message when it names this field (or one under it). */
export function fieldErrorOf(error: Error | undefined, name: string): string | undefined {
  return formErrors(error, [name]).field(name);
}
