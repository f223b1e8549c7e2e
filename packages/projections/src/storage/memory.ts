import { either as E } from 'fp-ts';
import type { ColumnValue } from '../core/columns.js';
import { compareRows, satisfies } from '../core/condition.js';
import type { Generation, GenerationCommit, ProjectionStorage, StorageError } from './storage.js';

interface Row {
  readonly key: string;
  readonly doc: unknown;
  readonly columns: Readonly<Record<string, ColumnValue>>;
}

/**
 * Read models in memory: for embedding, tests and point-in-time views. Queries evaluate the same conditions
 * as SQL on the columns kept beside each document.
 */
export const memoryStorage = (): ProjectionStorage => {
  const generations = new Map<string, Generation>();
  const tables = new Map<string, Map<string, Row>>();
  const id = (name: string, generation: number): string => `${name}#${generation}`;
  const table = (name: string, generation: number, collection: string): Map<string, Row> | undefined =>
    tables.get(`${id(name, generation)}/${collection}`);
  const gone = (name: string, generation: number): E.Either<StorageError, never> => E.left({ _tag: 'GenerationGone', name, generation });

  const check = (c: GenerationCommit): E.Either<StorageError, Generation> => {
    const g = generations.get(id(c.name, c.generation));
    if (!g) return gone(c.name, c.generation);
    if (g.checkpoint !== c.from)
      return E.left({ _tag: 'CheckpointMoved', name: c.name, generation: c.generation, expected: c.from, actual: g.checkpoint });
    return E.right(g);
  };

  return {
    catalog: () => Promise.resolve(E.right([...generations.values()])),
    create: (name, version, specs, state) => {
      const last = Math.max(0, ...[...generations.values()].filter((g) => g.name === name).map((g) => g.generation));
      const g: Generation = { name, generation: last + 1, version, state, checkpoint: null };
      generations.set(id(name, g.generation), g);
      for (const s of specs) tables.set(`${id(name, g.generation)}/${s.collection}`, new Map());
      return Promise.resolve(E.right(g));
    },
    load: (name, generation, collection, keys) => {
      const t = table(name, generation, collection);
      if (!t) return Promise.resolve(gone(name, generation));
      const found = new Map<string, unknown>();
      for (const key of keys) {
        const row = t.get(key);
        if (row) found.set(key, row.doc);
      }
      return Promise.resolve(E.right(found));
    },
    commit: (commits) => {
      // All checked before anything is written: one commit is all or nothing, as a transaction.
      for (const c of commits) {
        const checked = check(c);
        if (E.isLeft(checked)) return Promise.resolve(checked);
        for (const r of c.rows) if (!table(c.name, c.generation, r.collection)) return Promise.resolve(gone(c.name, c.generation));
      }
      for (const c of commits) {
        for (const r of c.rows) table(c.name, c.generation, r.collection)?.set(r.key, { key: r.key, doc: r.doc, columns: r.columns });
        const g = generations.get(id(c.name, c.generation));
        if (g) generations.set(id(c.name, c.generation), { ...g, checkpoint: c.to });
      }
      return Promise.resolve(E.right(undefined));
    },
    activate: (name, generation) => {
      const g = generations.get(id(name, generation));
      if (!g) return Promise.resolve(gone(name, generation));
      for (const other of [...generations.values()].filter((x) => x.name === name && x.generation !== generation)) {
        generations.delete(id(name, other.generation));
        for (const key of [...tables.keys()]) if (key.startsWith(`${id(name, other.generation)}/`)) tables.delete(key);
      }
      generations.set(id(name, generation), { ...g, state: 'active' });
      return Promise.resolve(E.right(undefined));
    },
    query: (name, generation, collection, spec) => {
      const t = table(name, generation, collection);
      if (!t) return Promise.resolve(gone(name, generation));
      const rows = [...t.values()].filter((r) => satisfies(r.columns, spec.where)).sort(compareRows(spec.orderBy));
      return Promise.resolve(E.right({ docs: rows.slice(spec.offset, spec.offset + spec.limit).map((r) => r.doc), total: rows.length }));
    },
    lead: () => Promise.resolve(E.right(true)),
    close: () => Promise.resolve(),
  };
};
