// The host's clock: expiries and transitional lapses are recorded by the host itself when their day comes.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { either as E } from 'fp-ts';
import { date, fold, instantOf } from '@ocop/kernel';
import { memoryStore, type EventStore } from '@ocop/eventstore';
import { aggregates, createLedger } from '@ocop/ledger';
import { decideDossier, type DossierEvent } from '@ocop/domain';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { startHost } from '../src/index.js';
import { clockMsFrom, defaultClockMs } from '../src/config/config.js';
import { dueLapses } from '../src/process/lapses.js';
import { eventually } from './support/host.js';

/** Each `CertificateExpired` and `ExpiryReminderSent` in the store, in order: `[type, certificateId]`. */
const endingsIn = async (store: EventStore): Promise<ReadonlyArray<readonly [string, string]>> => {
  const found: Array<readonly [string, string]> = [];
  for await (const page of store.readAll({ batchSize: 1000 })) {
    if (E.isLeft(page)) throw new Error(page.left._tag);
    for (const e of page.right) {
      const decoded = aggregates.certification.codec.decode(e);
      if (E.isRight(decoded) && (decoded.right.type === 'CertificateExpired' || decoded.right.type === 'ExpiryReminderSent'))
        found.push([decoded.right.type, decoded.right.data.certificateId]);
    }
  }
  return found;
};

/** A host over a SQLite store in `dir`, its clock fixed at `now`, running every `everyMs`; its log kept. */
const hostAt = async (dir: string, now: string, everyMs: string) => {
  const lines: Array<Readonly<Record<string, unknown>>> = [];
  const started = await startHost({
    storeUrl: `sqlite:${join(dir, 'ocop.sqlite')}`,
    dataDir: join(dir, 'data'),
    env: { OCOP_CLOCK_MS: everyMs },
    port: 0,
    log: (entry) => lines.push(entry),
    loadExample: true,
    clock: () => new Date(now),
  });
  if (E.isLeft(started)) throw new Error(started.left.message);
  const runs = () => lines.filter((l) => l['msg'] === 'clock run');
  return { host: started.right, runs, errors: () => lines.filter((l) => l['level'] === 'error') };
};

/** The example's own expiries: Gạo Đức Lan (2025) and Thịt thỏ sấy (2026). */
const exampleExpiries = [
  ['CertificateExpired', 'gcn-bt-2022-015'],
  ['CertificateExpired', 'gcn-tl-2023-096'],
];
/**
 * What the clock records on 10/01/2029: Yến sào's certificate (valid to 15/11/2027) expires; the 2026
 * certificates of Tinh bột nghệ (to 22/06/2029) and Chả cá (to 03/07/2029) stay valid, and their holders are
 * reminded that the re-evaluation window opened (QĐ 26/2026 Art. 7.6.a: 180 days before, on 24/12/2028 and
 * 04/01/2029).
 */
const recorded = [
  ...exampleExpiries,
  ['CertificateExpired', 'gcn-bt-2024-044'],
  ['ExpiryReminderSent', 'gcn-ld-2026-131'],
  ['ExpiryReminderSent', 'gcn-ld-2026-107'],
];

test('Tánh Linh on 10/01/2029: one certificate expires and two holders are reminded, once each, over two runs and a restart', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-clock-'));
  try {
    const first = await hostAt(dir, '2029-01-10T03:00:00.000Z', '30');
    await eventually(
      'two clock runs',
      () => Promise.resolve(first.runs().length),
      (n) => n >= 2,
    );
    assert.equal(await endingsIn(first.host.store), recorded);
    assert.equal(first.runs()[0], { msg: 'clock run', level: 'info', today: '2029-01-10', recorded: 3, replayed: 0, failed: 0 });
    assert.equal(first.errors(), []);
    await first.host.close();

    // Started again over the same store: its first run finds nothing left to record.
    const second = await hostAt(dir, '2029-01-10T03:00:00.000Z', '3600000');
    await eventually(
      'the run at start',
      () => Promise.resolve(second.runs().length),
      (n) => n >= 1,
    );
    assert.equal(await endingsIn(second.host.store), recorded);
    assert.equal(second.runs()[0], { msg: 'clock run', level: 'info', today: '2029-01-10', recorded: 0, replayed: 0, failed: 0 });
    await second.host.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('OCOP_CLOCK_MS: an hour unless it says; 0 turns the clock off; anything but a whole number of milliseconds is refused', async () => {
  assert.equal(clockMsFrom({}), E.right(defaultClockMs));
  assert.equal(clockMsFrom({ OCOP_CLOCK_MS: '0' }), E.right(0));
  assert.equal(clockMsFrom({ OCOP_CLOCK_MS: '60000' }), E.right(60_000));
  assert.ok(E.isLeft(clockMsFrom({ OCOP_CLOCK_MS: '1h' })));
  assert.ok(E.isLeft(clockMsFrom({ OCOP_CLOCK_MS: '-5' })));
  const dir = mkdtempSync(join(tmpdir(), 'ocop-clock-'));
  try {
    const started = await startHost({
      storeUrl: `sqlite:${join(dir, 'ocop.sqlite')}`,
      dataDir: join(dir, 'data'),
      env: { OCOP_CLOCK_MS: 'hourly' },
      port: 0,
      log: () => undefined,
      loadExample: false,
    });
    assert.ok(E.isLeft(started));
    if (E.isLeft(started)) assert.match(started.left.message, /OCOP_CLOCK_MS/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/** The events of the example's upgrade of Tinh bột nghệ, filed on 08/05/2026 under QĐ 148 as amended. */
const upgradeDossier = async (): Promise<ReadonlyArray<DossierEvent>> => {
  const store = memoryStore();
  await loadTanhLinh(store);
  const read = await createLedger(store).store.readStream(aggregates.dossier.stream('hs-2026-nghe-nang-hang'));
  if (E.isLeft(read)) throw new Error(read.left._tag);
  return read.right.flatMap((e) => {
    const decoded = aggregates.dossier.codec.decode(e);
    return E.isRight(decoded) ? [decoded.right] : [];
  });
};

test('QĐ 26/2026 Art. 12.2.a: an open dossier filed before 22/05/2026 lapses the day after 21/07/2026, once a day, and not before', async () => {
  const events = await upgradeDossier();
  const decidedAt = events.findIndex((e) => e.type === 'DossierDecided');
  assert.ok(decidedAt > 0, 'the example records the decision');
  const open = fold(aggregates.dossier.decider)(events.slice(0, decidedAt));
  const at = instantOf(new Date('2026-07-22T01:00:00.000Z'));

  const due = dueLapses([open], date('2026-07-22'), at);
  assert.equal(
    due.map((d) => [d.stream, d.commandId, d.command.type]),
    [['Dossier-hs-2026-nghe-nang-hang', 'lapse:hs-2026-nghe-nang-hang:2026-07-22', 'LapseDossier']],
  );
  const [lapse] = due;
  if (lapse?.aggregate !== 'dossier') throw new Error('a dossier command');
  const decided = decideDossier(lapse.command, open);
  assert.equal(
    E.map((es: ReadonlyArray<DossierEvent>) => es.map((e) => (e.type === 'DossierLapsed' ? e.data.decideBy : e.type)))(decided),
    E.right(['2026-07-21']),
  );

  assert.equal(dueLapses([open], date('2026-07-21'), at), [], 'its last day is not past');
  assert.equal(dueLapses([fold(aggregates.dossier.decider)(events)], date('2026-07-22'), at), [], 'decided: nothing lapses');
});

test.run();
