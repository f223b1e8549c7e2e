import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { roundsQueries } from '../src/index.js';
import { allEvents, built, right, storeOf, tanhLinhStore } from './support.js';

test('a round: its council, dossiers, who scored, results and outcomes', async () => {
  const q = roundsQueries(await built(await tanhLinhStore()));
  const round = right(await q.round('dot-lam-dong-2026-1'));
  assert.equal(
    [round?.councilId, round?.level, round?.province, round?.year, round?.number, round?.closedOn],
    ['hd-lam-dong-2026', 'province', '68', 2026, 1, '2026-06-29'],
  );
  const fishCake = round?.dossiers.find((d) => d.dossierId === 'hs-2026-cha-ca-danh-gia-lai');
  assert.equal(
    [fishCake?.kind, fishCake?.mode, fishCake?.status, fishCake?.submissions.length, fishCake?.sheets.length],
    ['reEvaluation', 'writtenOpinions', 'adopted', 9, 9],
  );
  assert.equal(
    [
      fishCake?.result?.stars,
      fishCake?.result?.outcome,
      fishCake?.result?.present,
      fishCake?.result?.eligible,
      fishCake?.result?.chairPresent,
    ],
    [3, { kind: 'recognise', stars: 3 }, 9, 9, true],
  );
  assert.ok((fishCake?.result?.spread.value ?? 99) <= (fishCake?.result?.spread.limit ?? 0));
  const yenSao = right(await q.round('dot-tanh-linh-2024-1'))?.dossiers.find((d) => d.productId === 'yen-sao-tinh-che');
  assert.equal(yenSao?.result?.outcome, { kind: 'forward', stars: 4 });
  assert.equal(
    right(await q.rounds({ year: 2024 })).rows.map((r) => r.roundId),
    ['dot-binh-thuan-2024-2', 'dot-tanh-linh-2024-1'],
  );
});

test('sealed sheets: before the chair closes scoring only who submitted is known, never a total', async () => {
  const events = await allEvents(await tanhLinhStore());
  const close = events.findIndex((e) => e.type === 'ScoringClosed' && e.stream === 'Round-dot-lam-dong-2026-1');
  const q = roundsQueries(await built(await storeOf(events.slice(0, close))));
  const round = right(await q.round('dot-lam-dong-2026-1'));
  const turmeric = round?.dossiers[0];
  assert.equal([turmeric?.status, turmeric?.submissions.length, turmeric?.sheets, turmeric?.result], ['scoring', 9, [], null]);
  assert.not.match(JSON.stringify(round), /"total"/);
  const after = roundsQueries(await built(await storeOf(events.slice(0, close + 1))));
  const closed = right(await after.round('dot-lam-dong-2026-1'))?.dossiers[0];
  assert.equal([closed?.status, closed?.sheets.length], ['scoringClosed', 9]);
  assert.equal(closed?.sheets.map((s) => s.total).sort(), [71, 73, 73, 73, 73, 73, 75, 75, 75]);
});

test('councils with members (names kept as personal values) and rules; the council of 2022 read through its upcaster', async () => {
  const q = roundsQueries(await built(await tanhLinhStore()));
  const council = right(await q.council('hd-tanh-linh-2022'));
  assert.equal(
    [council?.level, council?.ruleSet, council?.rules.minimumsBasis, council?.rules.quorum.chairRequired, council?.decision.number],
    ['district', 'qd1048-2019', 'majority', true, '312/QĐ-UBND'],
  );
  const member = council?.members[0];
  assert.ok(member && '$personal' in member.name && member.name.$personal === member.person, "the name is the event's personal value");
  assert.ok(council && '$personal' in council.decision.signerName);
  assert.equal(
    right(await q.councils({ level: 'province' }))
      .rows.map((c) => c.councilId)
      .sort(),
    ['hd-binh-thuan-2022', 'hd-binh-thuan-2024', 'hd-lam-dong-2026'],
  );
});

test.run();
