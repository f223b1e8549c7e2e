import type { ColumnValue } from './columns.js';

/**
 * A filter over a collection's columns, evaluated the same way by every storage: in memory on the columns
 * computed from each document, and in SQL as a WHERE clause. `contains` is a substring test (the searchable
 * columns hold lower-case, diacritics-free text).
 */
export type Condition =
  | { readonly op: 'eq' | 'lt' | 'le' | 'gt' | 'ge'; readonly column: string; readonly value: string | number }
  | { readonly op: 'in'; readonly column: string; readonly values: ReadonlyArray<string | number> }
  | { readonly op: 'contains'; readonly column: string; readonly value: string }
  | { readonly op: 'isNull'; readonly column: string }
  | { readonly op: 'and'; readonly all: ReadonlyArray<Condition> }
  | { readonly op: 'or'; readonly any: ReadonlyArray<Condition> }
  | { readonly op: 'not'; readonly condition: Condition };

export const all = (conditions: ReadonlyArray<Condition | undefined>): Condition => ({
  op: 'and',
  all: conditions.filter((c): c is Condition => c !== undefined),
});

export interface Sort {
  readonly column: string;
  readonly direction: 'asc' | 'desc';
}

/** What a query asks of one collection: which documents, in which order, which page. */
export interface QuerySpec {
  readonly where: Condition;
  /** Ties are broken by the document's key. */
  readonly orderBy: ReadonlyArray<Sort>;
  readonly offset: number;
  readonly limit: number;
}

const compare = (a: ColumnValue, b: ColumnValue): number => {
  // SQL sorts NULL first in ascending order (SQLite; PostgreSQL is told NULLS FIRST), so memory does too.
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
};

/** Whether columns satisfy a condition (NULL satisfies no comparison, as in SQL). */
export const satisfies = (columns: Readonly<Record<string, ColumnValue>>, c: Condition): boolean => {
  switch (c.op) {
    case 'and':
      return c.all.every((x) => satisfies(columns, x));
    case 'or':
      return c.any.some((x) => satisfies(columns, x));
    case 'not':
      return !satisfies(columns, c.condition);
    case 'isNull':
      return (columns[c.column] ?? null) === null;
    default: {
      const v = columns[c.column] ?? null;
      if (v === null) return false;
      switch (c.op) {
        case 'eq':
          return v === c.value;
        case 'lt':
          return compare(v, c.value) < 0;
        case 'le':
          return compare(v, c.value) <= 0;
        case 'gt':
          return compare(v, c.value) > 0;
        case 'ge':
          return compare(v, c.value) >= 0;
        case 'in':
          return c.values.includes(v);
        case 'contains':
          return typeof v === 'string' && v.includes(c.value);
      }
    }
  }
};

/** Orders rows by `orderBy`, then by key. */
export const compareRows =
  (orderBy: ReadonlyArray<Sort>) =>
  (a: { readonly key: string; readonly columns: Readonly<Record<string, ColumnValue>> }, b: typeof a): number => {
    for (const s of orderBy) {
      const d = compare(a.columns[s.column] ?? null, b.columns[s.column] ?? null);
      if (d !== 0) return s.direction === 'asc' ? d : -d;
    }
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  };
