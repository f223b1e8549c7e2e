import { isIdentifier } from '../core/columns.js';

/**
 * A generation's table for a collection: `<prefix><read model>_g<generation>_<collection>`. Each generation
 * has its own tables, so that a rebuild fills new ones while queries read the old.
 */
export const tableName = (prefix: string, name: string, generation: number, collection: string): string => {
  const parts = [name, collection];
  if (!parts.every(isIdentifier)) throw new Error(`not an identifier: ${parts.join(', ')}`);
  return `${prefix}${name}_g${generation}_${collection}`;
};
