import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { date } from '@ocop/kernel';
import { memoryStore } from '@ocop/eventstore';
import { createLedger } from '@ocop/ledger';
import { offices, representatives, story } from '@ocop/example-tanh-linh-2024';
import { pipelineQueries, type DossierRow } from '../src/index.js';
import { built, right, tanhLinhStore, today } from './support.js';

const deadlines = (row: DossierRow | undefined) => row?.deadlines.map((d) => [d.kind, d.due, d.doneOn, d.overdue]);

test('the fish cake re-evaluation (QĐ 26/2026): commune check in 15 working days, the round calendar, 45 days from the complete file', async () => {
  const q = pipelineQueries(await built(await tanhLinhStore()));
  const row = right(await q.dossier('hs-2026-cha-ca-danh-gia-lai', today));
  assert.equal(
    [row?.stage, row?.level, row?.closedAs, row?.kind, row?.ruleSet],
    ['closed', 'province', 'decided', 'reEvaluation', 'qd26-2026'],
  );
  assert.equal(deadlines(row), [
    // Filed Wed 10/06/2026: 15 working days end on Wed 01/07 (Art. 7.2).
    ['communeCheck', '2026-07-01', '2026-06-17', false],
    // Forwarded on 18/06, after the round-1 proposals (before 30/04): round 2, finished before 30/12 (Art. 5).
    ['roundCalendar', '2026-12-29', '2026-06-26', false],
    // File complete at the province on 22/06: decided within 45 days (Art. 7.6.g).
    ['reEvaluationDecision', '2026-08-06', '2026-07-03', false],
  ]);
  assert.equal(
    row?.history.map((h) => [h.stage, h.level]),
    [
      ['filed', 'commune'],
      ['communeChecked', 'commune'],
      ['received', 'province'],
      ['intakeComplete', 'province'],
      ['resultReceived', 'province'],
      ['closed', 'province'],
    ],
  );
});

test('the turmeric upgrade filed on 08/05/2026 is decided by 21/07/2026 (QĐ 26/2026 Art. 12.2.a); older acts set no commune limit', async () => {
  const q = pipelineQueries(await built(await tanhLinhStore()));
  const row = right(await q.dossier('hs-2026-nghe-nang-hang', today));
  assert.equal(deadlines(row), [
    ['communeCheck', null, '2026-05-14', false],
    ['transitionalDecision', '2026-07-21', '2026-06-22', false],
  ]);
  assert.match(row?.deadlines[0]?.note ?? '', /qd148-2023-qd1489-2025 sets no time limit/);
  const old = right(await q.dossier('hs-2023-cha-ca', today));
  assert.equal(
    old?.deadlines.map((d) => d.kind),
    ['communeCheck'],
    'decided in 2023: Art. 12.2 never concerned it',
  );
});

test('overdue on a day: a commune that has not checked a dossier within 15 working days; a day past the calendar is said, not guessed', async () => {
  const store = memoryStore();
  const s = story(createLedger(store), store);
  const file = (id: string, on: string) =>
    s.file({
      id,
      product: 'p-1',
      subject: 's-1',
      legalForm: 'household',
      sheet: 8,
      kind: 'first',
      area: { province: '68', commune: '23158' },
      on,
      selfStars: 3,
      selfTotal: 60,
    });
  await s.registerSubject({
    id: 's-1',
    name: 'Hộ kinh doanh Thử',
    legalForm: 'household',
    area: { province: '68', commune: '23158' },
    registration: '4800000001',
    on: '2026-06-01',
    representative: representatives.nghe,
  });
  await file('hs-late', '2026-06-10');
  await file('hs-checked', '2026-06-10');
  await s.communeCheck('hs-checked', '2026-06-20', offices.commune('Nghị Đức'));
  await file('hs-2027', '2027-12-20');
  const q = pipelineQueries(await built(store));
  const overdue = async (day: string) => right(await q.search({ today: date(day), overdue: true })).rows.map((r) => r.dossierId);
  assert.equal(await overdue('2026-07-01'), [], 'the 15th working day is 01/07: not yet overdue');
  assert.equal(await overdue('2026-07-02'), ['hs-late']);
  assert.equal(
    right(await q.search({ today: date('2026-07-02'), overdue: false })).rows.map((r) => r.dossierId),
    ['hs-checked', 'hs-2027'],
  );
  const far = right(await q.dossier('hs-2027', date('2027-12-20')));
  assert.equal(
    [far?.deadlines[0]?.due, far?.deadlines[0]?.note],
    [null, '2028-01-01 is outside the working-day calendar, which covers 2019-01-01 to 2027-12-31'],
  );
  assert.equal(right(await q.search({ today: date('2026-07-02'), open: true, commune: '23158' })).total, 3);
});

test.run();
