import { getTableColumns, getTableName, type Column } from 'drizzle-orm';
import { ENTITIES, type EntityName } from './entities';

/** One synced entity's table as the change log sees it: which fields a change may name. */
export interface EntityColumns {
  /** The SQL table name. */
  table: string;
  /** The columns by field key (the change log's `field`), `id` among them. */
  columns: Readonly<Record<string, Column>>;
  keys: ReadonlySet<string>;
  /** The fields a row cannot be created without (NOT NULL, no default): until each has a value,
   * the row's changes wait. */
  required: readonly string[];
}

/** Per entity name; sync apply and snapshot bootstrap check every incoming change against it. */
export const ENTITY_COLUMNS: ReadonlyMap<string, EntityColumns> = new Map(
  (Object.entries(ENTITIES) as [EntityName, (typeof ENTITIES)[EntityName]][]).map(
    ([entity, table]) => {
      const columns = getTableColumns(table) as Record<string, Column>;
      const required = Object.entries(columns)
        .filter(([key, col]) => key !== 'id' && col.notNull && !col.hasDefault)
        .map(([key]) => key);
      return [
        entity,
        { table: getTableName(table), columns, keys: new Set(Object.keys(columns)), required },
      ];
    },
  ),
);
