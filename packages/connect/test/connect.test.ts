import { mkdtempSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { either as E } from 'fp-ts';
import { connectionString, dropSchema, freshSchema, whenPostgres } from '../../store-postgres/test/database.js';
import { chooseStoreUrl, defaultStoreUrl, describeConnectError, openStore, parseStoreUrl, redactStoreUrl } from '../src/index.js';

test('sqlite: URLs name a file, relative to the working directory or absolute', () => {
  assert.equal(parseStoreUrl('sqlite:./data/ocop.sqlite'), E.right({ kind: 'sqlite', path: './data/ocop.sqlite' }));
  assert.equal(parseStoreUrl('sqlite:/var/lib/ocop.sqlite'), E.right({ kind: 'sqlite', path: '/var/lib/ocop.sqlite' }));
  assert.equal(parseStoreUrl('sqlite:///var/lib/ocop.sqlite'), E.right({ kind: 'sqlite', path: '/var/lib/ocop.sqlite' }));
  assert.ok(E.isLeft(parseStoreUrl('sqlite:')));
});

test('postgres:// and postgresql:// URLs go to PostgreSQL as they are, but for the schema parameter', () => {
  assert.equal(
    parseStoreUrl('postgres://ocop@db.local:5432/ocop?schema=audit_copy'),
    E.right({ kind: 'postgres', connectionString: 'postgres://ocop@db.local:5432/ocop', schema: 'audit_copy' }),
  );
  assert.equal(parseStoreUrl('postgresql://db/ocop'), E.right({ kind: 'postgres', connectionString: 'postgresql://db/ocop' }));
});

test('anything else is a typed error that says what is accepted, and never shows a password', () => {
  const unsupported = parseStoreUrl('mysql://root:secret@db/ocop');
  assert.ok(E.isLeft(unsupported) && unsupported.left._tag === 'UnsupportedStoreUrl');
  if (E.isLeft(unsupported)) {
    assert.not.match(describeConnectError(unsupported.left), /secret/);
    assert.match(describeConnectError(unsupported.left), /use sqlite:PATH, postgres:\/\/… or esdb:\/\/…/);
  }
  assert.ok(E.isLeft(parseStoreUrl('./data/ocop.sqlite')));
  assert.is(redactStoreUrl('postgres://ocop:hunter2@db/ocop'), 'postgres://ocop:***@db/ocop');
});

test('esdb:// URLs go to EventStoreDB as the client reads them; a server that does not answer is StoreCannotOpen', async () => {
  assert.equal(parseStoreUrl('esdb+discover://cluster:2113'), E.right({ kind: 'esdb', connectionString: 'esdb+discover://cluster:2113' }));
  const opened = await openStore('esdb://admin:changeit@127.0.0.1:1?tls=false');
  assert.ok(E.isLeft(opened) && opened.left._tag === 'StoreCannotOpen');
  if (E.isLeft(opened)) {
    assert.match(describeConnectError(opened.left), /^esdb:\/\/admin:\*\*\*@127\.0\.0\.1:1\?tls=false cannot be opened: EventStoreDB/);
    assert.not.match(describeConnectError(opened.left), /changeit/);
  }
});

test('the URL comes from --store, else OCOP_STORE, else the default', () => {
  assert.is(chooseStoreUrl('sqlite:a.sqlite', { OCOP_STORE: 'sqlite:b.sqlite' }), 'sqlite:a.sqlite');
  assert.is(chooseStoreUrl(undefined, { OCOP_STORE: 'sqlite:b.sqlite' }), 'sqlite:b.sqlite');
  assert.is(chooseStoreUrl(undefined, { OCOP_STORE: '' }), defaultStoreUrl);
  assert.is(defaultStoreUrl, 'sqlite:./data/ocop.sqlite');
});

test('a SQLite store opens relative to the given directory; a reader may refuse to create one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-connect-'));
  try {
    const missing = await openStore('sqlite:./missing.sqlite', { cwd: dir, mustExist: true });
    assert.ok(E.isLeft(missing) && missing.left._tag === 'NoSuchStore');
    assert.not.ok(existsSync(join(dir, 'missing.sqlite')));
    const created = await openStore('sqlite:./made.sqlite', { cwd: dir });
    assert.ok(E.isRight(created));
    if (E.isRight(created)) await created.right.close();
    assert.ok(existsSync(join(dir, 'made.sqlite')));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an unreachable PostgreSQL is StoreCannotOpen', async () => {
  const opened = await openStore('postgres://postgres@127.0.0.1:1/test');
  assert.ok(E.isLeft(opened) && opened.left._tag === 'StoreCannotOpen');
});

await whenPostgres(() => {
  test('a PostgreSQL store opens in the schema the URL names', async () => {
    const schema = freshSchema();
    try {
      const opened = await openStore(`${connectionString}?schema=${schema}`);
      assert.ok(E.isRight(opened));
      if (E.isRight(opened)) {
        const read = await opened.right.readStream('Product-x');
        assert.equal(read, E.right([]));
        await opened.right.close();
      }
    } finally {
      await dropSchema(schema);
    }
  });
}, test);

test.run();
