import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Executor } from './database.js';
import type { Tables } from './tables.js';

/** The tables whose rows each belong to one workspace and have an id of their own. */
export type WorkspaceTableName = {
  [K in keyof Tables]: Tables[K] extends { workspace_id: string; id: string } ? K : never;
}[keyof Tables];

/** A page of rows: how many, after how many. */
export interface Window {
  limit: number;
  offset: number;
}

/** What every query below touches: a row's workspace and id. */
type Owned = Kysely<Record<string, { workspace_id: string; id: string }>>;

/**
 * The plain reads and writes of a table of workspace-owned rows, each scoped by the
 * workspace's id, so another workspace's id finds nothing. Stores with nothing more
 * to say about these queries take them from here rather than write them again.
 */
export function workspaceTable<T extends WorkspaceTableName>(table: T) {
  type Row = Selectable<Tables[T]>;
  // Kysely cannot name a column of a table chosen by a type parameter; the queries are
  // written against the two columns every such table has and typed at each signature.
  const owned = (db: Executor) => db as unknown as Owned;
  const name: string = table;
  const one = (db: Executor, workspaceId: string, id: string) =>
    owned(db).selectFrom(name).selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id);

  const queries = {
    async insert(db: Executor, row: Insertable<Tables[T]>): Promise<void> {
      await owned(db)
        .insertInto(name)
        .values(row as never)
        .execute();
    },

    async find(db: Executor, workspaceId: string, id: string): Promise<Row | undefined> {
      return (await one(db, workspaceId, id).executeTakeFirst()) as Row | undefined;
    },

    /** Newest first (ids grow with time). */
    async list(db: Executor, workspaceId: string, window: Window): Promise<Row[]> {
      const rows = await owned(db)
        .selectFrom(name)
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .orderBy('id', 'desc')
        .limit(window.limit)
        .offset(window.offset)
        .execute();
      return rows as Row[];
    },

    async count(db: Executor, workspaceId: string): Promise<number> {
      const row = await owned(db)
        .selectFrom(name)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('workspace_id', '=', workspaceId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** True when the row exists in the workspace. */
    async update(db: Executor, workspaceId: string, id: string, values: Updateable<Tables[T]>): Promise<boolean> {
      const result = await owned(db)
        .updateTable(name)
        .set(values as never)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** True when the row existed in the workspace. */
    async remove(db: Executor, workspaceId: string, id: string): Promise<boolean> {
      const result = await owned(db)
        .deleteFrom(name)
        .where('workspace_id', '=', workspaceId)
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },

    /** A workspace's rows as a list reads them: a window, newest first, and their count. */
    of(db: Executor, workspaceId: string) {
      return {
        rows: (window: Window) => queries.list(db, workspaceId, window),
        count: () => queries.count(db, workspaceId),
      };
    },
  };
  return queries;
}
