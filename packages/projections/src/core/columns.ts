/** The SQL type of an indexed column; documents themselves are stored whole, as JSON. */
export type ColumnType = 'text' | 'integer' | 'real';
export type ColumnValue = string | number | null;

/** Table, column and read-model names go into SQL as identifiers: lower case, digits and `_`. */
export const isIdentifier = (s: string): boolean => /^[a-z][a-z0-9_]{0,40}$/.test(s);
