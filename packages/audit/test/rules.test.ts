// One case per rule of verify that no other test triggers: the Tánh Linh history, plus a few events that break
// exactly that rule, then exactly that finding.
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { instant, type Json } from '@ocop/kernel';
import type { EventStore, RecordedEvent } from '@ocop/eventstore';
import { aggregates } from '@ocop/ledger';
import { productStream } from '@ocop/domain';
import { findingRuleNames, verify, type Finding } from '../src/index.js';
import type { AuditContext } from '../src/verify/context.js';
import { decoders } from '../src/verify/fast-decode.js';
import { lane } from '../src/verify/lane.js';
import { actor, decisionBy, right, tanhLinh, writeByHand } from './history.js';

type Data = { readonly [key: string]: Json };

const objectOf = (j: Json | undefined): Data => {
  if (typeof j !== 'object' || j === null || Array.isArray(j)) throw new Error('expected a JSON object');
  // An object that is neither null nor an array is a JSON object.
  return j as Data;
};

const found = async (store: EventStore): Promise<ReadonlyArray<readonly [string, string | undefined]>> =>
  right(await verify(store)).findings.map((f: Finding) => [f.rule, f.eventId] as const);

const eventOf = async (store: EventStore, stream: string, type: string): Promise<RecordedEvent> => {
  const e = right(await store.readStream(stream)).find((x) => x.type === type);
  if (!e) throw new Error(`no ${type} in ${stream}`);
  return e;
};

const round = 'Round-dot-tanh-linh-2024-1';

/**
 * The district round's scoring of the ST25 rice (opening, assignment, seven sheets, closing, adoption) written
 * again as round `dot-copy`, each event's data through `edit` (`undefined` leaves the event out). Untouched, the
 * copy verifies clean. Returns the events written, by type (the last of each type).
 */
const copyRound = async (
  store: EventStore,
  edit: (type: string, data: Data) => Data | undefined = (_t, d) => d,
): Promise<Readonly<Record<string, RecordedEvent>>> => {
  const original = right(await store.readStream(round, { limit: 11 }));
  const written: Record<string, RecordedEvent> = {};
  for (const e of original) {
    const data = edit(e.type, { ...objectOf(e.data), roundId: 'dot-copy' });
    if (data) written[e.type] = await writeByHand(store, 'Round-dot-copy', e.type, data);
  }
  return written;
};

const sheetsOf = (d: Data): ReadonlyArray<Data> => {
  const sheets = d['sheets'];
  if (!Array.isArray(sheets)) throw new Error('a result has sheets');
  return sheets.map(objectOf);
};

test('given the round copied as it is, the history still verifies clean (the ground of the cases below)', async () => {
  const store = await tanhLinh();
  await copyRound(store);
  assert.equal(await found(store), []);
});

// The record.

test('FoldFailed: an event its decider cannot fold (no decider of the domain throws: shown on a lane whose decider does)', async () => {
  const store = await tanhLinh();
  const registered = await eventOf(store, productStream('gao-st25'), 'ProductRegistered');
  const findings: Finding[] = [];
  const ctx: AuditContext = { report: (f) => void findings.push(f), count: () => undefined, adopted: new Map() };
  const failing = lane({
    decode: decoders.product,
    decider: {
      initialState: aggregates.product.decider.initialState,
      evolve: () => {
        throw new Error('a product cannot be registered twice');
      },
    },
    streamOf: (e) => productStream(e.data.productId),
  });
  failing.observe(ctx, registered);
  assert.equal(
    findings.map((f) => [f.rule, f.eventId, f.message]),
    [['FoldFailed', registered.eventId, 'the decider cannot fold this ProductRegistered: a product cannot be registered twice']],
  );
});

test('BusinessTimeMismatch: an event whose metadata dates it otherwise than its data', async () => {
  const store = await tanhLinh();
  const registered = await eventOf(store, productStream('gao-st25'), 'ProductRegistered');
  const e = await writeByHand(
    store,
    productStream('gao-st25'),
    'ProductRegistered',
    objectOf(registered.data),
    instant('2026-01-01T00:00:00.000Z'),
  );
  assert.equal(await found(store), [['BusinessTimeMismatch', e.eventId]]);
});

// Scores.

test('SheetWithoutAssignment: a sheet for a dossier the round was not scoring', async () => {
  const store = await tanhLinh();
  const sheet = await eventOf(store, round, 'SheetSubmitted');
  const e = await writeByHand(store, round, 'SheetSubmitted', { ...objectOf(sheet.data), dossierId: 'hs-2024-yen-sao-khac' });
  assert.equal(await found(store), [['SheetWithoutAssignment', e.eventId]]);
});

test('SheetCannotBeScored: a sheet whose answer is no option of its criterion, in a round that adopted nothing', async () => {
  const store = await tanhLinh();
  const written = await copyRound(store, (type, d) => {
    if (type === 'ResultAdopted') return undefined;
    if (type !== 'SheetSubmitted' || d['person'] !== 'tl-hnd') return d;
    const input = objectOf(d['input']);
    return { ...d, input: { ...input, answers: { ...objectOf(input['answers']), '1.1': 9 } } };
  });
  assert.equal(await found(store), [['SheetCannotBeScored', written['SheetSubmitted']?.eventId]]);
});

test('ResultDiffersFromRound: a result naming another chair than the round recorded', async () => {
  const store = await tanhLinh();
  const written = await copyRound(store, (type, d) => (type === 'ResultAdopted' ? { ...d, chair: 'tl-nn' } : d));
  assert.equal(await found(store), [['ResultDiffersFromRound', written['ResultAdopted']?.eventId]]);
});

test('QuorumNotMet: a result adopted on four sheets of seven eligible members (six required)', async () => {
  const store = await tanhLinh();
  const absent = new Set<Json | undefined>(['tl-vh', 'tl-dv', 'tl-hnd']);
  const written = await copyRound(store, (type, d) => {
    if (type === 'SheetSubmitted') return absent.has(d['person']) ? undefined : d;
    return type === 'ResultAdopted' ? { ...d, sheets: sheetsOf(d).filter((s) => !absent.has(s['person'])) } : d;
  });
  assert.equal(await found(store), [['QuorumNotMet', written['ResultAdopted']?.eventId]]);
});

test('SpreadExceeded: totals 62 to 65 adopted under council rules that allow a spread of 1', async () => {
  const store = await tanhLinh();
  const strictRules = (rules: Json | undefined) => ({ ...objectOf(rules), spreadLimit: 1 });
  const written = await copyRound(store, (type, d) =>
    type === 'RoundOpened'
      ? { ...d, council: { ...objectOf(d['council']), rules: strictRules(objectOf(d['council'])['rules']) } }
      : type === 'ResultAdopted'
        ? { ...d, rules: strictRules(d['rules']) }
        : d,
  );
  assert.equal(await found(store), [['SpreadExceeded', written['ResultAdopted']?.eventId]]);
});

test('ResultSheetsInvalid: a result counting the sheet of someone who is not a member of the council', async () => {
  const store = await tanhLinh();
  const stranger = (s: Data): Data => (s['person'] === 'tl-hnd' ? { ...s, person: 'stranger' } : s);
  const written = await copyRound(store, (type, d) =>
    type === 'SheetSubmitted' ? stranger(d) : type === 'ResultAdopted' ? { ...d, sheets: sheetsOf(d).map(stranger) } : d,
  );
  assert.equal(await found(store), [['ResultSheetsInvalid', written['ResultAdopted']?.eventId]]);
});

test('NoCouncilAtLevel: a result adopted by a council at the commune level, where QĐ 148/2023 scores none', async () => {
  const store = await tanhLinh();
  const written = await copyRound(store, (type, d) =>
    type === 'RoundOpened' || type === 'ResultAdopted' ? { ...d, level: 'commune' } : d,
  );
  assert.equal(await found(store), [['NoCouncilAtLevel', written['ResultAdopted']?.eventId]]);
});

// Decisions. The copied round's result, on a dossier of its own, copied to the product's certification as the
// process manager would: a ground on which a decision can be recorded by hand.

const copiedResult = async (store: EventStore, kind: 'first' | 'upgrade'): Promise<Data> => {
  const written = await copyRound(store, (type, d) =>
    type === 'RoundOpened'
      ? d
      : type === 'DossierAssigned' || type === 'ResultAdopted'
        ? { ...d, dossierId: 'hs-copy', kind }
        : { ...d, dossierId: 'hs-copy' },
  );
  const adopted = objectOf(written['ResultAdopted']?.data ?? null);
  const copy = {
    productId: 'gao-st25',
    dossierId: 'hs-copy',
    roundId: 'dot-copy',
    ruleSet: 'qd148-2023',
    kind,
    filedOn: '2024-04-02',
    level: 'district',
    sheet: 3,
    mean: adopted['mean'] ?? null,
    stars: 3,
    outcome: adopted['outcome'] ?? null,
    by: actor,
    at: '2024-06-21T05:00:00.000Z',
  };
  await writeByHand(store, 'Certification-gao-st25', 'CouncilResultRecorded', copy);
  return copy;
};

const recognitionOn = (result: Data, date: string): Data => ({
  productId: 'gao-st25',
  dossierId: 'hs-copy',
  kind: result['kind'] ?? null,
  ruleSet: 'qd148-2023',
  stars: 3,
  decision: decisionBy('district', '77/QĐ-UBND', date),
  basis: { roundId: 'dot-copy', level: 'district', mean: result['mean'] ?? null, outcome: 'recognise' },
  by: actor,
  at: `${date}T05:00:00.000Z`,
});

test('given the copied result, a recognition on it by the competent district verifies clean (the ground of the cases below)', async () => {
  const store = await tanhLinh();
  const result = await copiedResult(store, 'first');
  await writeByHand(store, 'Certification-gao-st25', 'RecognitionDecided', recognitionOn(result, '2024-06-25'));
  assert.equal(await found(store), []);
});

test('DecidedBeforeFiled: a recognition dated before its dossier was filed', async () => {
  const store = await tanhLinh();
  const result = await copiedResult(store, 'first');
  const e = await writeByHand(store, 'Certification-gao-st25', 'RecognitionDecided', recognitionOn(result, '2024-03-01'));
  assert.equal(await found(store), [['DecidedBeforeFiled', e.eventId]]);
});

test('UpgradeNotAchieved: an upgrade recognised at the 3 stars the product already holds', async () => {
  const store = await tanhLinh();
  const result = await copiedResult(store, 'upgrade');
  const e = await writeByHand(store, 'Certification-gao-st25', 'RecognitionDecided', recognitionOn(result, '2024-08-01'));
  assert.equal(await found(store), [['UpgradeNotAchieved', e.eventId]]);
});

test('RecognitionWithoutBasis: a recognition resting on a round that recorded no result for the product', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Certification-sau-rieng-bac-ruong', 'RecognitionDecided', {
    productId: 'sau-rieng-bac-ruong',
    dossierId: 'hs-2025-sau-rieng',
    kind: 'first',
    ruleSet: 'qd148-2023',
    stars: 3,
    decision: decisionBy('district', '88/QĐ-UBND', '2025-03-01'),
    basis: { roundId: 'dot-none', level: 'district', mean: 60, outcome: 'recognise' },
    by: actor,
    at: '2025-03-01T05:00:00.000Z',
  });
  assert.equal(await found(store), [['RecognitionWithoutBasis', e.eventId]]);
});

test('AlreadyDecided: the recognition of the ST25 rice recorded a second time', async () => {
  const store = await tanhLinh();
  const first = await eventOf(store, 'Certification-gao-st25', 'RecognitionDecided');
  const e = await writeByHand(store, 'Certification-gao-st25', 'RecognitionDecided', objectOf(first.data));
  assert.equal(await found(store), [['AlreadyDecided', e.eventId]]);
});

const filing = (filedOn: string, ruleSet: string): Data => ({
  dossierId: 'hs-sau-rieng-lai',
  productId: 'sau-rieng-bac-ruong',
  subjectId: 'htx-bac-ruong',
  subjectLegalForm: 'cooperative',
  sheet: 1,
  kind: 'first',
  ruleSet,
  governing: { reason: 'filed while its rules are in force' },
  filedOn,
  area: { province: '68', commune: '23149' },
  selfAssessment: { input: { answers: {} }, total: 60, stars: 3 },
  evidence: [],
  by: actor,
  at: `${filedOn}T05:00:00.000Z`,
});

test('RuleSetNotGoverning: a dossier filed under QĐ 26/2026 pinned to QĐ 148/2023', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Dossier-hs-sau-rieng-lai', 'DossierFiled', filing('2026-07-01', 'qd148-2023'));
  assert.equal(await found(store), [['RuleSetNotGoverning', e.eventId]]);
});

test('NoRuleSetInForce: a dossier filed in 2015, before any OCOP rule set', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Dossier-hs-sau-rieng-lai', 'DossierFiled', filing('2015-03-02', 'qd1048-2019'));
  assert.equal(await found(store), [['NoRuleSetInForce', e.eventId]]);
});

test('CertificateWithoutRecognition: a certificate citing a dossier no recognition decided', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Certification-sau-rieng-bac-ruong', 'CertificateIssued', {
    productId: 'sau-rieng-bac-ruong',
    certificateId: 'gcn-tl-2025-001',
    dossierId: 'hs-2025-sau-rieng',
    ruleSet: 'qd148-2023',
    stars: 3,
    issuedOn: '2025-01-10',
    expiresOn: '2028-01-10',
    authority: { level: 'district', title: 'Chủ tịch UBND cấp huyện' },
    by: actor,
    at: '2025-01-10T05:00:00.000Z',
  });
  assert.equal(await found(store), [['CertificateWithoutRecognition', e.eventId]]);
});

test('DuplicateCertificate: the certificate of the ST25 rice issued a second time', async () => {
  const store = await tanhLinh();
  const issued = await eventOf(store, 'Certification-gao-st25', 'CertificateIssued');
  const e = await writeByHand(store, 'Certification-gao-st25', 'CertificateIssued', objectOf(issued.data));
  assert.equal(await found(store), [['DuplicateCertificate', e.eventId]]);
});

// What became of certificates.

test('CertificateUnknown: an expiry of a certificate never issued to the product', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Certification-gao-st25', 'CertificateExpired', {
    productId: 'gao-st25',
    certificateId: 'gcn-none',
    lastValidDay: '2026-01-01',
    by: actor,
    at: '2026-01-02T05:00:00.000Z',
  });
  assert.equal(await found(store), [['CertificateUnknown', e.eventId]]);
});

test('CertificateAlreadyEnded: the expiry of Gạo Đức Lan’s certificate recorded again', async () => {
  const store = await tanhLinh();
  const expired = await eventOf(store, 'Certification-gao-duc-lan', 'CertificateExpired');
  const e = await writeByHand(store, 'Certification-gao-duc-lan', 'CertificateExpired', {
    ...objectOf(expired.data),
    at: '2025-06-17T05:00:00.000Z',
  });
  assert.equal(await found(store), [['CertificateAlreadyEnded', e.eventId]]);
});

test('a reminder of an expiry is checked like the other facts about a certificate: never issued, or already ended', async () => {
  const store = await tanhLinh();
  const unknown = await writeByHand(store, 'Certification-gao-st25', 'ExpiryReminderSent', {
    productId: 'gao-st25',
    certificateId: 'gcn-none',
    expiresOn: '2027-07-05',
    noticeOn: '2027-06-05',
    reason: 'expiryNotice',
    ruleSet: 'qd148-2023',
    by: actor,
    at: '2026-01-02T05:00:00.000Z',
  });
  // Gạo Đức Lan's certificate expired on 15/06/2025: a reminder after that is of an ended certificate.
  const ended = await writeByHand(store, 'Certification-gao-duc-lan', 'ExpiryReminderSent', {
    productId: 'gao-duc-lan',
    certificateId: 'gcn-bt-2022-015',
    expiresOn: '2025-06-15',
    noticeOn: '2025-05-16',
    reason: 'expiryNotice',
    ruleSet: 'qd1048-2019',
    by: actor,
    at: '2025-07-01T05:00:00.000Z',
  });
  assert.equal(await found(store), [
    ['CertificateUnknown', unknown.eventId],
    ['CertificateAlreadyEnded', ended.eventId],
  ]);
});

const revocation = (o: { readonly decidedOn: string; readonly deadline: string }): Data => ({
  productId: 'yen-sao-tinh-che',
  certificateId: 'gcn-bt-2024-044',
  ruleSet: 'qd26-2026',
  grounds: ['productionStopped'],
  finding: { on: '2026-10-01', body: 'UBND xã Lạc Tánh', reference: '12/XN-UBND' },
  decision: decisionBy('province', '2400/QĐ-UBND', o.decidedOn),
  withinDeadline: true,
  deadline: o.deadline,
  by: actor,
  at: `${o.decidedOn}T05:00:00.000Z`,
});

test('RevocationDeadlineMisstated: a timely revocation stating a deadline four days later than Art. 8.4 gives', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(
    store,
    'Certification-yen-sao-tinh-che',
    'CertificateRevoked',
    revocation({ decidedOn: '2026-10-05', deadline: '2026-10-20' }),
  );
  assert.equal(await found(store), [['RevocationDeadlineMisstated', e.eventId]]);
});

test('DecidedBeforeFinding: a revocation dated before the finding it rests on', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(
    store,
    'Certification-yen-sao-tinh-che',
    'CertificateRevoked',
    revocation({ decidedOn: '2026-09-28', deadline: '2026-10-16' }),
  );
  assert.equal(await found(store), [['DecidedBeforeFinding', e.eventId]]);
});

test('NotCompetentToAnnul: the recognition of a 4-star certificate annulled by a commune', async () => {
  const store = await tanhLinh();
  const e = await writeByHand(store, 'Certification-yen-sao-tinh-che', 'RecognitionAnnulled', {
    productId: 'yen-sao-tinh-che',
    certificateId: 'gcn-bt-2024-044',
    decision: decisionBy('commune', '9/QĐ-UBND', '2026-10-05'),
    reason: 'hồ sơ giả mạo',
    by: actor,
    at: '2026-10-05T05:00:00.000Z',
  });
  assert.equal(await found(store), [['NotCompetentToAnnul', e.eventId]]);
});

test('every rule of verify is triggered by a test of this package', () => {
  const tests = readdirSync(new URL('.', import.meta.url))
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => readFileSync(new URL(f, import.meta.url), 'utf8'))
    .join('\n');
  assert.equal(
    findingRuleNames.filter((rule) => !tests.includes(`'${rule}'`)),
    [],
  );
});

test.run();
