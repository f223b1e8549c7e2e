import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import type { EventStore } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { openSqliteStore } from '@ocop/store-sqlite';
import { connectionString, openTestStore, whenPostgres } from '../../store-postgres/test/database.js';
import { headsOfReport, renderSummary, reportToJson, verify, type Finding } from '../src/index.js';
import { right } from './history.js';

/** Direct SQL on a store's `events` table, as someone with database access could run it. */
interface Tables {
  readonly one: (
    sql: string,
    params: ReadonlyArray<unknown>,
  ) => Promise<{ readonly event_id: string; readonly revision: number; readonly data: string }>;
  readonly run: (sql: string, params: ReadonlyArray<unknown>) => Promise<void>;
  /** `?` placeholders become the dialect's. */
  readonly sql: (s: string) => string;
  readonly close: () => Promise<void>;
}

const rules = (findings: ReadonlyArray<Finding>) => findings.map((f) => [f.rule, f.eventId]);

/** The tamper specifications, run on one store kind: each edit is found and names the event; each is undone before the next. */
const tamperSpecification = (kind: string, open: () => Promise<{ store: EventStore; tables: Tables; dispose: () => Promise<void> }>) => {
  test(`${kind}: the untouched Tánh Linh history verifies clean; a changed byte, edited scores, swapped and deleted events are each named`, async () => {
    const { store, tables, dispose } = await open();
    try {
      await loadTanhLinh(store);
      assert.equal(right(await verify(store)).findings, []);
      const { sql } = tables;
      const row = (stream: string, type: string) =>
        tables.one(
          sql(`SELECT event_id, revision, CAST(data AS TEXT) AS data FROM events WHERE stream = ? AND type = ? ORDER BY revision LIMIT 1`),
          [stream, type],
        );
      const setData = (stream: string, revision: number, data: string) =>
        tables.run(sql(`UPDATE events SET data = ? WHERE stream = ? AND revision = ?`), [data, stream, revision]);

      // One byte of a stored event's data.
      const subject = await row('Subject-htx-gia-an', 'SubjectRegistered');
      await setData('Subject-htx-gia-an', subject.revision, subject.data.replace('Gia An', 'Gia Am'));
      let report = right(await verify(store));
      assert.equal(rules(report.findings), [['HashChainBroken', subject.event_id]]);
      assert.equal(report.findings[0]?.details, { reason: 'HashMismatch', detail: report.findings[0]?.details?.['detail'] ?? '' });
      await setData('Subject-htx-gia-an', subject.revision, subject.data);

      // A member's total edited in a submitted sheet.
      const round = 'Round-dot-tanh-linh-2024-1';
      const sheet = await row(round, 'SheetSubmitted');
      const sheetData = JSON.parse(sheet.data) as { total: number };
      await setData(round, sheet.revision, JSON.stringify({ ...sheetData, total: sheetData.total + 10 }));
      report = right(await verify(store));
      assert.equal(rules(report.findings), [
        ['HashChainBroken', sheet.event_id],
        ['SheetTotalsWrong', sheet.event_id],
      ]);
      await setData(round, sheet.revision, sheet.data);

      // A member's total edited in the adopted result.
      const adopted = await row(round, 'ResultAdopted');
      const adoptedData = JSON.parse(adopted.data) as { sheets: Array<{ total: number }> };
      const [first, ...others] = adoptedData.sheets;
      if (!first) throw new Error('no sheets');
      await setData(
        round,
        adopted.revision,
        JSON.stringify({ ...adoptedData, sheets: [{ ...first, total: first.total + 10 }, ...others] }),
      );
      report = right(await verify(store));
      assert.equal(rules(report.findings), [
        ['HashChainBroken', adopted.event_id],
        ['ResultDoesNotRecompute', adopted.event_id],
      ]);
      assert.match(report.findings[1]?.message ?? '', /total: recorded \d+, the rules give \d+/);
      await setData(round, adopted.revision, adopted.data);
      assert.equal(right(await verify(store)).findings, []);

      // Two events of a dossier swapped.
      const dossier = 'Dossier-hs-2024-st25';
      const swap = async (a: number, b: number) => {
        await tables.run(sql(`UPDATE events SET revision = -1 WHERE stream = ? AND revision = ?`), [dossier, a]);
        await tables.run(sql(`UPDATE events SET revision = ? WHERE stream = ? AND revision = ?`), [a, dossier, b]);
        await tables.run(sql(`UPDATE events SET revision = ? WHERE stream = ? AND revision = -1`), [b, dossier]);
      };
      const second = await tables.one(
        sql(`SELECT event_id, revision, CAST(data AS TEXT) AS data FROM events WHERE stream = ? AND revision = 1`),
        [dossier],
      );
      await swap(1, 2);
      report = right(await verify(store));
      assert.equal(rules(report.findings), [['HashChainBroken', second.event_id]]);
      assert.is(report.findings[0]?.details?.['reason'], 'RevisionGap');
      await swap(1, 2);

      // An event deleted: the chain breaks at the next one, which says which revision is missing.
      const third = await tables.one(
        sql(`SELECT event_id, revision, CAST(data AS TEXT) AS data FROM events WHERE stream = ? AND revision = 2`),
        [dossier],
      );
      await tables.run(sql(`DELETE FROM events WHERE stream = ? AND revision = 1`), [dossier]);
      report = right(await verify(store));
      assert.equal(rules(report.findings), [['HashChainBroken', third.event_id]]);
      assert.match(report.findings[0]?.message ?? '', /an event before this one is missing: expected revision 1, found 2/);
    } finally {
      await tables.close();
      await dispose();
    }
  });

  test(`${kind}: a stream's last events deleted together are found by the heads of the previous report, and a deleted expiry by its absence`, async () => {
    const { store, tables, dispose } = await open();
    try {
      await loadTanhLinh(store);
      const before = right(await verify(store));
      assert.equal(before.findings, []);
      // The heads travel in the JSON report, as `ocop audit verify --against` reads them.
      const expectedHeads = right(headsOfReport(JSON.parse(JSON.stringify(reportToJson(before)))));
      assert.is(expectedHeads.length, 43);
      const stream = 'Certification-gao-duc-lan';
      const head = expectedHeads.find((h) => h.stream === stream);
      assert.equal([head?.revision, head?.hash.length], [4, 64]);
      const deleteFrom = (revision: number) =>
        tables.run(tables.sql(`DELETE FROM events WHERE stream = ? AND revision >= ?`), [stream, revision]);
      const rulesOf = (findings: ReadonlyArray<Finding>) => findings.map((f) => [f.rule, f.stream]);

      // The expiry of 16/06/2025, the stream's last event, deleted: its chain still holds.
      await deleteFrom(4);
      const alone = right(await verify(store));
      assert.equal(rulesOf(alone.findings), [['ExpiryNotRecorded', stream]]);
      // A notice: the scheduler may only be late to record an expiry, so the history is still called clean.
      assert.ok(alone.clean);
      assert.match(renderSummary(alone), /Findings: 1 notice, none that breaks a rule\. The history verifies\./);
      assert.is(
        alone.findings[0]?.message,
        'certificate gcn-bt-2022-015 (3★, issued on 2022-06-15) was valid to the end of 2025-06-15; the history reaches 2026-10-05, and no expiry, supersession, revocation or annulment of it is recorded',
      );
      const against = right(await verify(store, { expectedHeads }));
      assert.equal(rulesOf(against.findings), [
        ['ExpiryNotRecorded', stream],
        ['StreamHeadMismatch', stream],
      ]);
      assert.match(
        against.findings[1]?.message ?? '',
        /recorded the head of this stream at revision 4 with hash [0-9a-f]{64}; the last event read is revision 3: the events after it were deleted/,
      );
      assert.is(against.summary.headsCompared, 43);
      assert.not.ok(against.clean);

      // The certificate deleted with its expiry: nothing in the history misses them, only the previous heads do.
      await deleteFrom(3);
      assert.equal(right(await verify(store)).findings, []);
      const both = right(await verify(store, { expectedHeads }));
      assert.equal(rulesOf(both.findings), [['StreamHeadMismatch', stream]]);
      assert.equal(both.findings[0]?.details, { expectedRevision: 4, expectedHash: head?.hash ?? '', lastRevision: 2 });
    } finally {
      await tables.close();
      await dispose();
    }
  });
};

const sqliteStore = async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-audit-'));
  const path = join(dir, 'store.sqlite');
  const store = right(await openSqliteStore({ path, synchronous: 'NORMAL' }));
  const db = new Database(path);
  const tables: Tables = {
    one: (s, params) => {
      const r: unknown = db.prepare(s).get(...params);
      // The test's own queries select exactly these columns.
      return Promise.resolve(r as { event_id: string; revision: number; data: string });
    },
    run: (s, params) => Promise.resolve(void db.prepare(s).run(...params)),
    sql: (s) => s,
    close: () => Promise.resolve(void db.close()),
  };
  return { store, tables, db, dispose: async () => void (await store.close(), rmSync(dir, { recursive: true, force: true })) };
};

tamperSpecification('SQLite', sqliteStore);

test('SQLite: a row that no longer reads as an event is reported by its position, and the rest is still read', async () => {
  const { store, db, tables, dispose } = await sqliteStore();
  try {
    await loadTanhLinh(store);
    db.prepare(`UPDATE events SET data = '{not json' WHERE stream = 'Product-gao-st25' AND revision = 1`).run();
    const report = right(await verify(store));
    assert.is(report.summary.events, 247);
    assert.equal(
      report.findings.map((f) => f.rule),
      ['UnreadableEvent', 'HashChainBroken'],
    );
    assert.match(report.findings[0]?.message ?? '', /data is not JSON/);
  } finally {
    await tables.close();
    await dispose();
  }
});

await whenPostgres(
  () =>
    tamperSpecification('PostgreSQL', async () => {
      const opened = await openTestStore();
      const client = new Client({ connectionString });
      await client.connect();
      await client.query(`SET search_path TO "${opened.schema}"`);
      const tables: Tables = {
        one: async (s, params) => {
          const r = await client.query<{ event_id: string; revision: string; data: string }>(s, [...params]);
          const first = r.rows[0];
          if (!first) throw new Error(`no row: ${s}`);
          return { event_id: first.event_id, revision: Number(first.revision), data: first.data };
        },
        run: async (s, params) => void (await client.query(s, [...params])),
        sql: (s) => {
          let i = 0;
          return s.replace(/\?/g, () => `$${++i}`);
        },
        close: () => client.end(),
      };
      return { store: opened.store, tables, dispose: opened.dispose };
    }),
  test,
);

test.run();
