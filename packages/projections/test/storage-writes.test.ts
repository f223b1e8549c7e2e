import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import {
  memoryStorage,
  postgresStorage,
  sqliteStorage,
  type Condition,
  type ProjectionStorage,
  type RowWrite,
  type TableSpec,
} from '../src/index.js';
import { connectionString, dropSchemas, freshSchema, whenPostgres } from './postgres.js';
import { isWireCommit, sqliteCommitter, wireCommits } from '../src/storage/sqlite-commit.js';
import { openConnection } from '../src/storage/sqlite-connection.js';
import { right } from './support.js';

const scratch = () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-sqlite-commit-'));
  return { path: join(dir, 'read-models.sqlite'), remove: () => rmSync(dir, { recursive: true, force: true }) };
};

const spec: TableSpec = { collection: 'notes', columns: { author: 'text', size: 'integer' }, indexed: [] };

// Documents whose JSON holds what a separator could be confused with: escaped NULs, control characters, quotes.
const awkward = {
  plain: { text: 'Gạo Đức Lân', tags: ['ST25', 'hữu cơ'] },
  nul: { text: 'before\u0000after', nested: { again: '\u0000' } },
  control: { text: 'line\nbreak\ttab\u0001\u001f', quote: '"\\' },
  emoji: { text: 'Sầu riêng 🌿' },
};

/** Writes the awkward documents through `storage` and reads them back, with their columns. */
const roundTrip = async (storage: ProjectionStorage): Promise<void> => {
  const g = right(await storage.create('notes_model', 1, [spec], 'active'));
  // The first row names fewer columns than the others: theirs are written all the same.
  const rows = Object.entries(awkward)
    .reverse()
    .map(([key, doc]): RowWrite => ({
      collection: 'notes',
      key,
      doc,
      columns: key === 'emoji' ? { author: 'Lê Thị Hoa' } : { author: 'An', size: key.length },
    }));
  right(await storage.commit([{ name: 'notes_model', generation: g.generation, from: null, to: '1', rows }]));
  const loaded = right(await storage.load('notes_model', g.generation, 'notes', Object.keys(awkward)));
  assert.equal(Object.fromEntries(loaded), awkward);
  const where = async (condition: Condition) =>
    right(await storage.query('notes_model', g.generation, 'notes', { where: condition, orderBy: [], limit: 10, offset: 0 })).docs;
  // A column a row does not name is NULL; the others are as given.
  assert.equal(await where({ op: 'isNull', column: 'size' }), [awkward.emoji]);
  assert.equal(await where({ op: 'eq', column: 'size', value: 'control'.length }), [awkward.control]);
  assert.equal(right(await storage.catalog())[0]?.checkpoint, '1');
};

test('SQLite: documents cross to the writer thread and come back as they were, with their columns', async () => {
  const { path, remove } = scratch();
  const storage = right(sqliteStorage({ path }));
  try {
    await roundTrip(storage);
  } finally {
    // Closed even when an assertion fails: its writer thread would keep the test process alive.
    await storage.close();
    remove();
  }
});

test('memory: the same documents come back as they were, with their columns', () => roundTrip(memoryStorage()));

test('the writer refuses a batch whose documents and keys differ in number, and writes none of it', async () => {
  const { path, remove } = scratch();
  try {
    const storage = right(sqliteStorage({ path }));
    const g = right(await storage.create('notes_model', 1, [spec], 'active'));
    await storage.close();
    const db = right(openConnection(path, 1000));
    const commit = sqliteCommitter(db);
    const [good] = wireCommits([
      {
        name: 'notes_model',
        generation: g.generation,
        from: null,
        to: '1',
        rows: [{ collection: 'notes', key: 'a', doc: { n: 1 }, columns: {} }],
      },
    ]);
    if (!good) throw new Error('no commit');
    const bad = { ...good, tables: good.tables.map((t) => ({ ...t, docs: `${t.docs}\u0000{"n":2}` })) };
    assert.ok(isWireCommit(bad), 'well formed, yet inconsistent');
    const refused = commit([bad]);
    assert.ok(E.isLeft(refused) && refused.left._tag === 'StorageUnavailable');
    assert.equal(db.prepare('SELECT checkpoint FROM rm_catalog').get(), { checkpoint: null });
    assert.equal(db.prepare('SELECT count(*) AS n FROM "rm_notes_model_g1_notes"').get(), { n: 0 });
    right(commit([good]));
    assert.equal(db.prepare('SELECT key, doc FROM "rm_notes_model_g1_notes"').all(), [{ key: 'a', doc: '{"n":1}' }]);
    db.close();
  } finally {
    remove();
  }
});

test('what crosses to the writer thread is checked: a value of the wrong kind is no batch', () => {
  const [commit] = wireCommits([
    { name: 'm', generation: 1, from: null, to: '1', rows: [{ collection: 'c', key: 'k', doc: {}, columns: { a: 1, b: 'x' } }] },
  ]);
  assert.ok(isWireCommit(commit));
  if (!commit) return;
  const table = commit.tables[0];
  if (!table) throw new Error('no table');
  assert.equal(table, { collection: 'c', columns: ['a', 'b'], keys: ['k'], docs: '{}', values: [1, 'x'] });
  assert.not.ok(isWireCommit({ ...commit, tables: [{ ...table, values: [1] }] }), 'one value short');
  assert.not.ok(isWireCommit({ ...commit, tables: [{ ...table, values: [1, true] }] }), 'a boolean column');
  assert.not.ok(isWireCommit({ ...commit, tables: [{ ...table, keys: [7] }] }), 'a number as key');
  assert.not.ok(isWireCommit({ ...commit, to: 2 }), 'a number as checkpoint');
});

await whenPostgres(() => {
  test('PostgreSQL: the same documents come back as they were, with their columns', async () => {
    const schema = freshSchema('writes');
    const storage = right(await postgresStorage({ connectionString, schema }));
    try {
      await roundTrip(storage);
    } finally {
      await storage.close();
      await dropSchemas(schema);
    }
  });
}, test);

test.run();
