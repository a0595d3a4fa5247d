import { documentedResponse, type Operation, type SchemaValidator } from './document.js';

// What every response must be, whatever was asked: never a 5xx; a status the
// operation documents (or one every route can give); its body of the
// documented media type and schema; an error in the one envelope.

/** A response as the contract test sees it. */
export interface Seen {
  status: number;
  contentType: string;
  body: string;
}

/** The statuses any operation may answer though it does not list them: those every operation of the document lists, and 429. */
export function genericStatuses(ops: Operation[]): Set<number> {
  const lists = ops.map((op) => new Set(Object.keys(op.responses)));
  const everywhere = [...(lists[0] ?? [])].filter((s) => lists.every((l) => l.has(s)));
  return new Set([...everywhere.map(Number).filter(Number.isInteger), 429]);
}

/** What is wrong with the response, or [] when it keeps the contract. */
export function problemsOf(op: Operation, seen: Seen, validator: SchemaValidator, generic: Set<number>): string[] {
  const problems: string[] = [];
  if (seen.status >= 500) problems.push(`a ${seen.status}`);
  const documented = documentedResponse(op, seen.status);
  if (!documented && !generic.has(seen.status)) problems.push(`status ${seen.status} is not documented`);
  const mediaType = seen.contentType.split(';')[0]!.trim();
  let parsed: unknown;
  if (/json/.test(mediaType)) {
    try {
      parsed = JSON.parse(seen.body);
    } catch {
      problems.push(`its ${mediaType} body is not JSON`);
    }
  }
  if (seen.status >= 400) {
    const error = (parsed as { error?: Record<string, unknown> } | undefined)?.error;
    if (!parsed || Object.keys(parsed).join() !== 'error' || !error) problems.push('the error is not {"error": {...}}');
    else {
      if (error.status !== seen.status) problems.push(`error.status ${String(error.status)} ≠ HTTP ${seen.status}`);
      if (typeof error.code !== 'string' || typeof error.message !== 'string')
        problems.push('error.code or error.message is not a string');
    }
  }
  const content = documented?.content;
  if (content && Object.keys(content).length > 0 && seen.body.length > 0) {
    const entry = content[mediaType];
    if (!entry)
      problems.push(`media type ${mediaType || '(none)'} is not documented (${Object.keys(content).join(', ')})`);
    else if (entry.schema && parsed !== undefined) {
      const errors = validator.errors(entry.schema, parsed);
      if (errors) problems.push(`the body does not match the documented schema: ${errors}`);
    }
  }
  return problems;
}
