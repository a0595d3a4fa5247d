import type { CompiledQuery, Compilable } from 'kysely';
import type { Db } from './database.js';

/**
 * A query that Kysely builds and compiles once per database, then runs with
 * new parameter values. Building a query costs more than running a small
 * indexed one, so queries on every request's path (authentication, the
 * busiest lists) are built once.
 *
 * `build` must use each of its parameters exactly once, as a value, in the
 * order given: this is checked when the query is first compiled.
 */
export function compiledQuery<A extends unknown[], R>(build: (db: Db, ...params: A) => Compilable<R>) {
  const cache = new WeakMap<Db, CompiledQuery<R>>();
  return async function run(db: Db, ...params: A): Promise<R[]> {
    let compiled = cache.get(db);
    if (!compiled) {
      compiled = compileWithPlaceholders(db, build, params.length);
      cache.set(db, compiled);
    }
    return (await db.executeQuery<R>({ ...compiled, parameters: params })).rows;
  };
}

function compileWithPlaceholders<A extends unknown[], R>(
  db: Db,
  build: (db: Db, ...params: A) => Compilable<R>,
  arity: number,
): CompiledQuery<R> {
  const placeholders = Array.from({ length: arity }, (_, i) => `\u0000param${i}`);
  const compiled = build(db, ...(placeholders as A)).compile();
  const inOrder =
    compiled.parameters.length === arity && compiled.parameters.every((value, i) => value === placeholders[i]);
  if (!inOrder) throw new Error(`compiledQuery: parameters must each be used once, in order: ${compiled.sql}`);
  return compiled;
}
