import { LiquidError } from 'liquidjs';
import type { TemplateField } from './template-problem.js';

/** What one render of a template may use; every render runs in a sandbox thread under these. */
export interface TemplateLimits {
  /** Wall-clock budget of one render (one part for one recipient). */
  timeoutMs: number;
  /** Heap of each sandbox thread. */
  heapMb: number;
  /** Largest rendered part (subject, html or text), in UTF-8 bytes. */
  maxOutputBytes: number;
}

export type TemplateLimitKind = 'time' | 'memory' | 'output';

/** A template that broke a limit: refused with a 400 naming it, or a send paused with it. */
export class TemplateLimitError extends Error {
  override name = 'TemplateLimitError';
  constructor(
    readonly limit: TemplateLimitKind,
    /** The part being rendered, when known. */
    readonly field: TemplateField | undefined,
  ) {
    super(`template ${limit} limit exceeded`);
  }
}

/** The field marked by a unit label in the sandbox: labels are indexes into this. */
export const FIELDS: readonly TemplateField[] = ['subject', 'html', 'text'];

/** Liquid's own cooperative limits (its renderLimit and memoryLimit) as the limits they stand for; other errors unchanged. */
export function asLimitError(error: unknown, field: TemplateField): unknown {
  if (!(error instanceof Error)) return error;
  const message = (LiquidError.is(error) ? error.originalError?.message : undefined) ?? error.message;
  if (/template render limit exceeded/.test(message)) return new TemplateLimitError('time', field);
  if (/memory alloc limit exceeded/.test(message)) return new TemplateLimitError('memory', field);
  return error;
}

/** Throws when a rendered part is over the output cap. */
export function checkOutput(output: string, field: TemplateField, maxBytes: number): string {
  // Cheap first: a UTF-8 byte is at least a third of a UTF-16 unit's worth.
  if (output.length * 3 > maxBytes && Buffer.byteLength(output) > maxBytes)
    throw new TemplateLimitError('output', field);
  return output;
}

/** The limit in words, naming the setting that raises it: "took longer than the 1000 ms a render may take (GRIVO_TEMPLATE_TIMEOUT_MS)". */
export function describeLimit(error: TemplateLimitError, limits: TemplateLimits): string {
  const part = error.field ? `The ${error.field} template` : 'The template';
  switch (error.limit) {
    case 'time':
      return `${part} took longer than the ${limits.timeoutMs} ms one render may take (GRIVO_TEMPLATE_TIMEOUT_MS); is a loop too long?`;
    case 'memory':
      return `${part} needed more memory than one render may use (${limits.heapMb} MiB, GRIVO_TEMPLATE_HEAP_MB); is a loop or range too long?`;
    case 'output':
      return `${part} rendered to more than the ${limits.maxOutputBytes.toLocaleString('en')} bytes one part may be (GRIVO_TEMPLATE_MAX_OUTPUT_BYTES).`;
  }
}
