import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { either as E } from 'fp-ts';
import { ExpectedRevision, verifyStream, type ChainBreak, type EventStore } from '@ocop/eventstore';
import { event, events, left, right } from '@ocop/eventstore/contract';
import { decodeWith } from '@ocop/kernel';
import { openSqliteStore, SqliteStoreConfig } from '../src/index.js';

let dir = '';
test.before.each(() => {
  dir = mkdtempSync(join(tmpdir(), 'ocop-sqlite-spec-'));
});
test.after.each(() => rmSync(dir, { recursive: true, force: true }));

const withStore = async (body: (store: EventStore, path: string) => Promise<void> | void, options = {}): Promise<void> => {
  const path = join(dir, 'nested', 'deeper', 'events.sqlite');
  const store = right(await openSqliteStore({ path, ...options }));
  try {
    await body(store, path);
  } finally {
    await store.close();
  }
};

/** What verifyStream says about a stream after `tamper` ran raw SQL on the file. */
const afterTampering = async (tamper: (db: Database.Database) => void): Promise<ChainBreak> => {
  let result: ChainBreak | undefined;
  await withStore(async (store, path) => {
    right(await store.append('Dossier-1', events(5), ExpectedRevision.noStream));
    const db = new Database(path);
    tamper(db);
    db.close();
    const verified = verifyStream(right(await store.readStream('Dossier-1')));
    assert.ok(E.isLeft(verified), 'the tampering went unnoticed');
    if (E.isLeft(verified)) result = verified.left;
  });
  if (!result) throw new Error('no result');
  return result;
};

test('opening creates the directory and a WAL journal, and records the schema version', async () => {
  await withStore((_, path) => {
    const db = new Database(path, { readonly: true });
    assert.is(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.prepare('SELECT version FROM schema_migrations').all(), [{ version: 1 }]);
    db.close();
  });
});

test('synchronous NORMAL is there for who chooses speed over the last commits in a power cut', async () => {
  await withStore(
    async (store) => {
      right(await store.append('Dossier-1', events(1), ExpectedRevision.noStream));
    },
    { synchronous: 'NORMAL' },
  );
});

test('a reopened store has everything that was written, and migrating twice changes nothing', async () => {
  const path = join(dir, 'events.sqlite');
  const first = right(await openSqliteStore({ path }));
  right(await first.append('Dossier-1', events(3), ExpectedRevision.noStream));
  await first.close();
  const second = right(await openSqliteStore({ path }));
  assert.is(right(await second.readStream('Dossier-1')).length, 3);
  right(await second.append('Dossier-1', events(1), ExpectedRevision.exact(2n)));
  await second.close();
});

test('bad options are refused, naming the option', async () => {
  const bad = decodeWith(SqliteStoreConfig)({ synchronous: 'OFF', busyTimeoutMs: -1, journal: 'DELETE' });
  assert.equal(E.isLeft(bad) && bad.left.errors.map((e) => e.path), ['journal', 'synchronous', 'busyTimeoutMs']);
  assert.is(left(await openSqliteStore({ path: join(dir, 'x.sqlite'), pollIntervalMs: 0 }))._tag, 'ValidationFailure');
});

test('a file that is not a database, or a path that cannot be a file, is StoreUnavailable', async () => {
  const garbage = join(dir, 'garbage.sqlite');
  writeFileSync(garbage, 'Đây không phải là cơ sở dữ liệu. '.repeat(200));
  assert.is(left(await openSqliteStore({ path: garbage }))._tag, 'StoreUnavailable');
  assert.is(left(await openSqliteStore({ path: join(garbage, 'inside.sqlite') }))._tag, 'StoreUnavailable');
});

test('an auditor changing a byte of stored data gets a hash mismatch at that event', async () => {
  const b = await afterTampering((db) =>
    db.prepare('UPDATE events SET data = replace(data, \'"i":2\', \'"i":7\') WHERE revision = 2').run(),
  );
  assert.equal([b.reason, b.revision], ['HashMismatch', 2n]);
});

test('an auditor deleting an event gets a revision gap', async () => {
  const b = await afterTampering((db) => db.prepare('DELETE FROM events WHERE revision = 1').run());
  assert.equal([b.reason, b.revision], ['RevisionGap', 2n]);
});

test('an auditor swapping two events gets a broken link at the first of them', async () => {
  const b = await afterTampering((db) => {
    db.prepare('UPDATE events SET revision = -1 WHERE revision = 1').run();
    db.prepare('UPDATE events SET revision = 1 WHERE revision = 3').run();
    db.prepare('UPDATE events SET revision = 3 WHERE revision = -1').run();
  });
  assert.equal([b.reason, b.revision], ['WrongPreviousHash', 1n]);
});

test('a row edited into something that is not an event is a CorruptEvent, not a crash', async () => {
  await withStore(async (store, path) => {
    right(await store.append('Dossier-1', events(2), ExpectedRevision.noStream));
    const db = new Database(path);
    db.prepare('UPDATE events SET metadata = \'{"actor":\' WHERE revision = 1').run();
    db.close();
    const error = left(await store.readStream('Dossier-1'));
    assert.is(error._tag, 'CorruptEvent');
  });
});

test('a read of some types does not decode the rows of other types: a damaged one among them is passed over', async () => {
  await withStore(async (store, path) => {
    right(
      await store.append(
        'Dossier-1',
        [event({ n: 1 }, { type: 'Wanted' }), event({ n: 2 }), event({ n: 3 }, { type: 'Wanted' })],
        ExpectedRevision.noStream,
      ),
    );
    const db = new Database(path);
    db.prepare("UPDATE events SET data = '{not json' WHERE revision = 1").run();
    db.close();
    const pages = [];
    for await (const page of store.readAll({ types: ['Wanted'], batchSize: 1 })) pages.push(right(page).map((e) => e.data));
    assert.equal(pages, [[{ n: 1 }], [{ n: 3 }]]);
    // Read whole, or when its own type is wanted, the damaged row is a CorruptEvent.
    for (const options of [{}, { types: ['Tested'] }]) {
      const all = [];
      for await (const page of store.readAll(options)) all.push(page);
      const [only, ...rest] = all;
      assert.is(rest.length, 0);
      assert.is(only && E.isLeft(only) && only.left._tag, 'CorruptEvent');
    }
  });
});

test.run();
