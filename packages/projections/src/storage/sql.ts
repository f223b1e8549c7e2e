import type { ColumnType } from '../core/columns.js';
import type { TableSpec } from './storage.js';
import type { Condition, QuerySpec } from '../core/condition.js';

/** What differs between SQLite and PostgreSQL in the statements read models need. */
export interface Dialect {
  /** The n-th parameter (from 1). */
  readonly parameter: (n: number) => string;
  readonly contains: (column: string, parameter: string) => string;
  /** The SQL type of a column, or of the key. */
  readonly type: (t: ColumnType | 'key') => string;
  /** Ascending with NULLs first, descending with NULLs last, as the memory storage sorts. */
  readonly order: (column: string, direction: 'asc' | 'desc') => string;
}

export const quote = (identifier: string): string => `"${identifier.replaceAll('"', '""')}"`;

/** A condition as a WHERE clause with its parameters, numbered from `first`. */
export const whereClause = (
  dialect: Dialect,
  condition: Condition,
  first = 1,
): { readonly sql: string; readonly params: ReadonlyArray<string | number> } => {
  const params: Array<string | number> = [];
  const p = (value: string | number): string => {
    params.push(value);
    return dialect.parameter(first + params.length - 1);
  };
  const render = (c: Condition): string => {
    switch (c.op) {
      case 'and':
        return c.all.length === 0 ? '1 = 1' : `(${c.all.map(render).join(' AND ')})`;
      case 'or':
        return c.any.length === 0 ? '0 = 1' : `(${c.any.map(render).join(' OR ')})`;
      case 'not':
        // NULL columns compare to NULL in SQL, which NOT keeps NULL; the memory storage reads them as false,
        // and COALESCE makes SQL agree.
        return `NOT COALESCE(${render(c.condition)}, FALSE)`;
      case 'isNull':
        return `${quote(c.column)} IS NULL`;
      case 'in':
        return c.values.length === 0 ? '0 = 1' : `${quote(c.column)} IN (${c.values.map(p).join(', ')})`;
      case 'contains':
        return dialect.contains(quote(c.column), p(c.value));
      case 'eq':
        return `${quote(c.column)} = ${p(c.value)}`;
      case 'lt':
        return `${quote(c.column)} < ${p(c.value)}`;
      case 'le':
        return `${quote(c.column)} <= ${p(c.value)}`;
      case 'gt':
        return `${quote(c.column)} > ${p(c.value)}`;
      case 'ge':
        return `${quote(c.column)} >= ${p(c.value)}`;
    }
  };
  return { sql: render(condition), params };
};

/** The page's statement and the count's, for one table. */
export const selectStatements = (dialect: Dialect, table: string, spec: QuerySpec) => {
  const where = whereClause(dialect, spec.where);
  const order = [...spec.orderBy.map((s) => dialect.order(quote(s.column), s.direction)), 'key ASC'].join(', ');
  const n = where.params.length;
  return {
    page: {
      sql: `SELECT doc FROM ${table} WHERE ${where.sql} ORDER BY ${order} LIMIT ${dialect.parameter(n + 1)} OFFSET ${dialect.parameter(n + 2)}`,
      params: [...where.params, spec.limit, spec.offset],
    },
    count: { sql: `SELECT COUNT(*) AS n FROM ${table} WHERE ${where.sql}`, params: where.params },
  };
};

/** The statement that writes a document and its columns, replacing what the key held. */
export const upsertStatement = (dialect: Dialect, table: string, columns: ReadonlyArray<string>): string => {
  const names = ['key', 'doc', ...columns];
  const values = names.map((_, i) => dialect.parameter(i + 1)).join(', ');
  const updates = names
    .slice(1)
    .map((c) => `${quote(c)} = excluded.${quote(c)}`)
    .join(', ');
  return `INSERT INTO ${table} (${names.map(quote).join(', ')}) VALUES (${values}) ON CONFLICT (key) DO UPDATE SET ${updates}`;
};

/** A generation's table: the key, the document, its columns; an index on each column the collection asks for. */
export const createTableStatements = (dialect: Dialect, table: string, index: string, spec: TableSpec): ReadonlyArray<string> => [
  `CREATE TABLE ${table} (key ${dialect.type('key')} PRIMARY KEY, doc text NOT NULL${Object.entries(spec.columns)
    .map(([c, t]) => `, ${quote(c)} ${dialect.type(t)}`)
    .join('')})`,
  ...spec.indexed.map((c) => `CREATE INDEX ${quote(`${index}_${c}`)} ON ${table} (${quote(c)})`),
];
