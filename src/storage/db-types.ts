import type { Kysely, Transaction } from 'kysely';
import type { Tables } from './tables.js';

export type Dialect = 'sqlite' | 'postgres';
export type Db = Kysely<Tables>;
/** The database, or a transaction on it: what store functions run their queries on. */
export type Executor = Db | Transaction<Tables>;
