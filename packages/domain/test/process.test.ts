import { test } from 'uvu';
import { deepStrictEqual } from 'node:assert/strict';
import { fold, nonEmpty, type Instant } from '@ocop/kernel';
import { qd148_2023, qd26_2026 } from '@ocop/rules';
import {
  certificationDecider,
  dossierDecider,
  dueExpiries,
  dueReminders,
  onDecision,
  onDossierLeft,
  onReEvaluationFiled,
  onResultAdopted,
  ProductId,
  roundDecider,
  systemActor,
  type Cause,
  type CertificationCommand,
  type CertificationEvent,
  type Dispatch,
  type DossierCommand,
  type DossierEvent,
  type RoundEvent,
  type StoredOutcome,
} from '../src/index.js';
import { agriculture, chair, snapshot, trade } from './council-fixtures.js';
import {
  area,
  certificateId,
  communeOfficer,
  councilId,
  ctx,
  day,
  decision,
  dossierId,
  evidence,
  noon,
  productId,
  riceAnswers,
  roundId,
  subjectActor,
  subjectId,
} from './fixtures.js';
import { decoded, eventOf, eventsOf } from './helpers.js';

/**
 * Reactions are specified like deciders: given the event that happened (and the id it was stored under), the
 * commands asked for, each with an id derived from that cause so that a replay asks for nothing twice.
 */
const reaction = <Ev>(react: (event: Ev, cause: Cause) => ReadonlyArray<Dispatch>) => ({
  given: (event: Ev, cause: Cause) => ({
    then: (expected: ReadonlyArray<Dispatch>): void => {
      deepStrictEqual(react(event, cause), expected);
      deepStrictEqual(react(event, cause), react(event, cause), 'the same cause asks for the same commands');
    },
  }),
});

const cause = (eventId: string, on: string): Cause => ({ eventId, at: noon(on) });
const asSystem = (at: Instant) => ({ at, by: systemActor });

// ─── A result adopted in a round ────────────────────────────────────────────────────────────────────────────

const roundHistory: ReadonlyArray<RoundEvent> = (() => {
  const history: RoundEvent[] = [];
  const step = (command: Parameters<typeof roundDecider.decide>[0]): void => void history.push(...eventsOf(roundDecider, history, command));
  step({
    type: 'OpenRound',
    data: {
      roundId,
      councilId,
      level: 'province',
      province: nonEmpty('68'),
      year: 2026,
      number: 2,
      extra: false,
      council: snapshot(),
      ...ctx('2026-11-02'),
    },
  });
  step({
    type: 'AssignDossier',
    data: { dossierId, productId, sheet: 3, ruleSet: 'qd26-2026', kind: 'first', filedOn: day('2026-09-01'), ...ctx('2026-11-03') },
  });
  for (const m of [chair, agriculture, trade])
    step({
      type: 'SubmitSheet',
      data: { dossierId, person: m.person, input: { answers: riceAnswers({ '1.3': 2 }) }, ...ctx('2026-12-01') },
    });
  step({ type: 'CloseScoring', data: { dossierId, chair: chair.person, ...ctx('2026-12-10') } });
  return history;
})();
const resultAdopted = eventOf(roundDecider, roundHistory, {
  type: 'AdoptResult',
  data: { dossierId, chair: chair.person, ...ctx('2026-12-11') },
});
const fourStarsAtProvince: StoredOutcome = { kind: 'recognise', level: 'province', stars: 4, authority: qd26_2026.recognition.value[4] };

// QĐ 26/2026 Art. 7.3.đ–e: the adopted result goes to the authority that decides, and back to the dossier.
test('an adopted result is recorded on the product’s certification and received by the dossier', () => {
  const adopted = cause('evt-0042', '2026-12-11');
  const mean = resultAdopted.type === 'ResultAdopted' ? resultAdopted.data.mean : -1;
  reaction(onResultAdopted)
    .given(resultAdopted, adopted)
    .then([
      {
        aggregate: 'certification',
        stream: 'Certification-gao-st25',
        commandId: 'evt-0042:record-result',
        command: {
          type: 'RecordCouncilResult',
          data: {
            productId,
            dossierId,
            roundId,
            ruleSet: 'qd26-2026',
            kind: 'first',
            filedOn: day('2026-09-01'),
            level: 'province',
            sheet: 3,
            mean,
            stars: 4,
            outcome: fourStarsAtProvince,
            ...asSystem(adopted.at),
          },
        },
      },
      {
        aggregate: 'dossier',
        stream: 'Dossier-d-2026-001',
        commandId: 'evt-0042:receive-result',
        command: {
          type: 'ReceiveCouncilResult',
          data: { roundId, level: 'province', mean, stars: 4, outcome: fourStarsAtProvince, ...asSystem(adopted.at) },
        },
      },
    ]);
  deepStrictEqual(mean, 99);
});

// Art. 7.3.đ–e: the result reaches the authority and the dossier; the commands fit their deciders.
test('the commands asked for after a result are accepted by the certification and the dossier', () => {
  const [record, receive] = onResultAdopted(resultAdopted, cause('evt-0042', '2026-12-11'));
  if (record?.aggregate !== 'certification' || receive?.aggregate !== 'dossier') throw new Error('two commands expected');
  deepStrictEqual(
    eventsOf(certificationDecider, [], record.command).map((e) => e.type),
    ['CouncilResultRecorded'],
  );
  deepStrictEqual(
    eventsOf(dossierDecider, dossierAtProvince, receive.command).map((e) => e.type),
    ['CouncilResultReceived'],
  );
});

// [inference] Only an adopted result moves the certification and the dossier.
test('other round events ask for nothing', () => {
  for (const event of roundHistory) reaction(onResultAdopted).given(event, cause('evt-1', '2026-12-01')).then([]);
});

// ─── Decisions ──────────────────────────────────────────────────────────────────────────────────────────────

const recorded = eventOf(certificationDecider, [], {
  type: 'RecordCouncilResult',
  data: {
    productId,
    dossierId,
    roundId,
    ruleSet: 'qd26-2026',
    kind: 'first',
    filedOn: day('2026-09-01'),
    level: 'province',
    sheet: 3,
    mean: 99,
    stars: 4,
    outcome: fourStarsAtProvince,
    ...asSystem(noon('2026-12-11')),
  },
});
const recognise: CertificationCommand = {
  type: 'DecideRecognition',
  data: {
    dossierId,
    certificateId: certificateId('gcn-2026-0815'),
    stars: 4,
    decision: decision('province', '2026-12-20'),
    ...ctx('2026-12-20'),
  },
};
const decided = eventsOf(certificationDecider, [recorded], recognise);
const issued = decided.find((e) => e.type === 'CertificateIssued');

// Art. 7.3.e: recognition and the certificate close the dossier as recognised.
test('a certificate issued closes its dossier as recognised, with the stars and the certificate', () => {
  if (!issued) throw new Error('no certificate issued');
  const issuedCause = cause('evt-0107', '2026-12-20');
  reaction(onDecision)
    .given(issued, issuedCause)
    .then([
      {
        aggregate: 'dossier',
        stream: 'Dossier-d-2026-001',
        commandId: 'evt-0107:decided',
        command: {
          type: 'RecordDossierDecision',
          data: { decision: 'recognised', stars: 4, certificateId: certificateId('gcn-2026-0815'), ...asSystem(issuedCause.at) },
        },
      },
    ]);
});

// Art. 7.3.e: the chairman decides on recognition; a refusal closes the dossier.
test('a recognition refused closes its dossier as refused', () => {
  const refused = eventOf(certificationDecider, [recorded], {
    type: 'RefuseRecognition',
    data: { dossierId, decision: decision('province', '2026-12-20'), reason: nonEmpty('hồ sơ chưa đạt'), ...ctx('2026-12-20') },
  });
  const refusedCause = cause('evt-0108', '2026-12-20');
  reaction(onDecision)
    .given(refused, refusedCause)
    .then([
      {
        aggregate: 'dossier',
        stream: 'Dossier-d-2026-001',
        commandId: 'evt-0108:decided',
        command: { type: 'RecordDossierDecision', data: { decision: 'refused', ...asSystem(refusedCause.at) } },
      },
    ]);
});

// Art. 7.3.e: the decision closes the dossier that received its result.
test('the decision asked for is accepted by a dossier that received its result', () => {
  if (!issued) throw new Error('no certificate issued');
  const [dispatch] = onDecision(issued, cause('evt-0107', '2026-12-20'));
  if (dispatch?.aggregate !== 'dossier') throw new Error('a dossier command expected');
  const received = eventOf(dossierDecider, dossierAtProvince, {
    type: 'ReceiveCouncilResult',
    data: { roundId, level: 'province', mean: 99, stars: 4, outcome: fourStarsAtProvince, ...asSystem(noon('2026-12-11')) },
  });
  deepStrictEqual(
    eventsOf(dossierDecider, [...dossierAtProvince, received], dispatch.command).map((e) => e.type),
    ['DossierDecided'],
  );
});

// [inference] Only a certificate issued or a refusal decides a dossier.
test('the other certification events ask for nothing', () => {
  for (const event of [recorded, ...decided.filter((e) => e.type !== 'CertificateIssued')])
    reaction(onDecision).given(event, cause('evt-1', '2026-12-20')).then([]);
});

// ─── Dossiers ───────────────────────────────────────────────────────────────────────────────────────────────

const fileData = (on: string) => ({
  dossierId,
  productId,
  subjectId,
  subjectLegalForm: 'cooperative' as const,
  sheet: 3,
  area,
  selfAssessment: { answers: riceAnswers() },
  evidence: [evidence('Phiếu đăng ký (Mẫu 01)')],
  ...ctx(on, subjectActor),
});
const findings = { localOrigin: { met: true }, localLabour: { met: true }, ideaOrigin: { met: true }, localIdentity: { met: true } };
const dossierAtProvince: ReadonlyArray<DossierEvent> = (() => {
  const history: DossierEvent[] = [];
  const step = (command: DossierCommand): void => void history.push(...eventsOf(dossierDecider, history, command));
  step({ type: 'FileDossier', data: { ...fileData('2026-09-01'), kind: 'first' } });
  step({
    type: 'CompleteCommuneCheck',
    data: { complete: true, findings, reportNumber: nonEmpty('03/BC-UBND'), ...ctx('2026-09-10', communeOfficer) },
  });
  step({ type: 'ForwardDossier', data: { to: 'province', ...ctx('2026-09-11', communeOfficer) } });
  step({ type: 'CheckIntake', data: { complete: true, ...ctx('2026-09-15') } });
  return history;
})();

const current = {
  certificateId: certificateId('gcn-2024-0017'),
  stars: 4 as const,
  ruleSet: 'qd148-2023' as const,
  issuedOn: day('2024-06-15'),
  expiresOn: day('2027-06-15'),
};

// Art. 7.6.a and 12.3: a re-evaluation filed is noted on the certificate it renews.
test('a re-evaluation filed is noted on the certificate it renews', () => {
  const filed = eventOf(dossierDecider, [], {
    type: 'FileDossier',
    data: { ...fileData('2027-01-10'), kind: 'reEvaluation', currentCertificate: current },
  });
  const filedCause = cause('evt-0201', '2027-01-10');
  reaction(onReEvaluationFiled)
    .given(filed, filedCause)
    .then([
      {
        aggregate: 'certification',
        stream: 'Certification-gao-st25',
        commandId: 'evt-0201:note-re-evaluation',
        command: {
          type: 'NoteReEvaluationFiled',
          data: { productId, dossierId, certificateId: current.certificateId, filedOn: day('2027-01-10'), ...asSystem(filedCause.at) },
        },
      },
    ]);
});

// Art. 7.6.a, 12.3: only a re-evaluation concerns the certificate it renews.
test('a first evaluation or an upgrade filed asks for nothing', () => {
  const first = eventOf(dossierDecider, [], { type: 'FileDossier', data: { ...fileData('2026-09-01'), kind: 'first' } });
  reaction(onReEvaluationFiled).given(first, cause('evt-1', '2026-09-01')).then([]);
  const upgrade = eventOf(dossierDecider, [], {
    type: 'FileDossier',
    data: { ...fileData('2026-09-01'), kind: 'upgrade', targetStars: 5, currentCertificate: current },
  });
  reaction(onReEvaluationFiled).given(upgrade, cause('evt-2', '2026-09-01')).then([]);
});

const inRound = (id: string) => (id === dossierId ? roundId : undefined);
const leftRound = (reason: string, leftCause: Cause): ReadonlyArray<Dispatch> => [
  {
    aggregate: 'round',
    stream: 'Round-r-lam-dong-2026-2',
    commandId: `${leftCause.eventId}:leave-round`,
    command: { type: 'RemoveDossierFromRound', data: { dossierId, reason: nonEmpty(reason), ...asSystem(leftCause.at) } },
  },
];

// Art. 7.1 (withdrawal), Annex II (disqualification), Art. 12.2 (lapse): a dossier that leaves leaves its round.
test('a dossier withdrawn, disqualified or lapsed leaves the round it was assigned to', () => {
  const withdrawn = eventOf(dossierDecider, dossierAtProvince, { type: 'WithdrawDossier', data: { ...ctx('2026-11-20', subjectActor) } });
  reaction((e: DossierEvent, c: Cause) => onDossierLeft(e, c, inRound))
    .given(withdrawn, cause('evt-0301', '2026-11-20'))
    .then(leftRound('withdrawn', cause('evt-0301', '2026-11-20')));
  const disqualified = eventOf(dossierDecider, dossierAtProvince, {
    type: 'DisqualifyDossier',
    data: { condition: nonEmpty('dossier'), reason: nonEmpty('giấy chứng nhận ATTP giả'), ...ctx('2026-11-20') },
  });
  reaction((e: DossierEvent, c: Cause) => onDossierLeft(e, c, inRound))
    .given(disqualified, cause('evt-0302', '2026-11-20'))
    .then(leftRound('disqualified', cause('evt-0302', '2026-11-20')));
  const old = eventOf(dossierDecider, [], { type: 'FileDossier', data: { ...fileData('2026-05-10'), kind: 'first' } });
  const lapsed = eventOf(dossierDecider, [old], { type: 'LapseDossier', data: { today: day('2026-07-22'), ...ctx('2026-07-22') } });
  reaction((e: DossierEvent, c: Cause) => onDossierLeft(e, c, inRound))
    .given(lapsed, cause('evt-0303', '2026-07-22'))
    .then(leftRound('lapsed', cause('evt-0303', '2026-07-22')));
});

// [inference] Only a dossier in a round leaves it.
test('a dossier in no round, or any other dossier event, asks for nothing', () => {
  const withdrawn = eventOf(dossierDecider, dossierAtProvince, { type: 'WithdrawDossier', data: { ...ctx('2026-11-20', subjectActor) } });
  reaction((e: DossierEvent, c: Cause) => onDossierLeft(e, c, () => undefined))
    .given(withdrawn, cause('evt-1', '2026-11-20'))
    .then([]);
  for (const event of dossierAtProvince)
    reaction((e: DossierEvent, c: Cause) => onDossierLeft(e, c, inRound))
      .given(event, cause('evt-2', '2026-11-20'))
      .then([]);
});

// [inference] The removal asked for fits the round's decider.
test('the round accepts the removal asked for', () => {
  const withdrawn = eventOf(dossierDecider, dossierAtProvince, { type: 'WithdrawDossier', data: { ...ctx('2026-11-20', subjectActor) } });
  const [dispatch] = onDossierLeft(withdrawn, cause('evt-0301', '2026-11-20'), inRound);
  if (dispatch?.aggregate !== 'round') throw new Error('a round command expected');
  deepStrictEqual(
    eventsOf(roundDecider, roundHistory.slice(0, 2), dispatch.command).map((e) => e.type),
    ['DossierRemovedFromRound'],
  );
});

// ─── Expiry ─────────────────────────────────────────────────────────────────────────────────────────────────

const other = decoded(ProductId, 'tra-shan-tuyet');
/** A product's certification with one certificate issued on `issuedOn` (valid 36 months, Art. 4.3). */
const certified = (product = productId, id = 'gcn-2026-0815', issuedOn = '2026-12-20'): ReadonlyArray<CertificationEvent> => {
  const result = eventOf(certificationDecider, [], {
    type: 'RecordCouncilResult',
    data: {
      productId: product,
      dossierId,
      roundId,
      ruleSet: 'qd26-2026',
      kind: 'first',
      filedOn: day('2026-09-01'),
      level: 'province',
      sheet: 3,
      mean: 99,
      stars: 4,
      outcome: fourStarsAtProvince,
      ...asSystem(noon('2026-12-11')),
    },
  });
  return [
    result,
    ...eventsOf(certificationDecider, [result], {
      type: 'DecideRecognition',
      data: { dossierId, certificateId: certificateId(id), stars: 4, decision: decision('province', issuedOn), ...ctx(issuedOn) },
    }),
  ];
};
const expire = (product: typeof productId, id: string, today: string, at: Instant): Dispatch => ({
  aggregate: 'certification',
  stream: `Certification-${product}`,
  commandId: `expire:${id}:${today}`,
  command: { type: 'ExpireCertificate', data: { certificateId: certificateId(id), today: day(today), ...asSystem(at) } },
});

// Art. 4.3: valid 36 months from the decision: issued 20/12/2026, valid to the end of 20/12/2029.
test('a certificate is due for expiry the day after its last valid day, not on it', () => {
  const state = fold(certificationDecider)(certified());
  const at = noon('2029-12-21');
  deepStrictEqual(dueExpiries([state], day('2029-12-20'), at), []);
  deepStrictEqual(dueExpiries([state], day('2029-12-21'), at), [expire(productId, 'gcn-2026-0815', '2029-12-21', at)]);
  deepStrictEqual(dueExpiries([state], day('2029-12-21'), at), dueExpiries([state], day('2029-12-21'), at));
});

// Art. 4.3: each certificate expires on its own day; the certification records the expiry asked for.
test('each product with a certificate past its day gets one command, and the certification accepts it', () => {
  const states = [fold(certificationDecider)(certified()), fold(certificationDecider)(certified(other, 'gcn-2027-0003', '2027-03-01'))];
  const at = noon('2030-03-02');
  const due = dueExpiries(states, day('2030-03-02'), at);
  deepStrictEqual(due, [expire(productId, 'gcn-2026-0815', '2030-03-02', at), expire(other, 'gcn-2027-0003', '2030-03-02', at)]);
  const [first] = due;
  if (first?.aggregate !== 'certification') throw new Error('a certification command expected');
  deepStrictEqual(eventsOf(certificationDecider, certified(), first.command), [
    {
      type: 'CertificateExpired',
      data: { productId, certificateId: certificateId('gcn-2026-0815'), lastValidDay: day('2029-12-20'), ...asSystem(at) },
    },
  ]);
});

// [inference] Only valid certificates expire.
test('certificates no longer valid, and histories without a product, ask for nothing', () => {
  const history = certified();
  const expired = eventOf(certificationDecider, history, {
    type: 'ExpireCertificate',
    data: { certificateId: certificateId('gcn-2026-0815'), today: day('2029-12-21'), ...asSystem(noon('2029-12-21')) },
  });
  deepStrictEqual(dueExpiries([fold(certificationDecider)([...history, expired])], day('2030-01-01'), noon('2030-01-01')), []);
  deepStrictEqual(dueExpiries([certificationDecider.initialState], day('2030-01-01'), noon('2030-01-01')), []);
});

// Art. 12.3: a certificate whose re-evaluation window had closed before 22/05/2026 stays valid, while the
// re-evaluation filed is pending, until decided and at most 180 days after its expiry.
test('a certificate kept alive by a pending re-evaluation under Art. 12.3 expires 180 days after its expiry', () => {
  const result = eventOf(certificationDecider, [], {
    type: 'RecordCouncilResult',
    data: {
      productId,
      dossierId,
      roundId,
      ruleSet: 'qd148-2023',
      kind: 'first',
      filedOn: day('2023-05-02'),
      level: 'district',
      sheet: 3,
      mean: 68.5,
      stars: 3,
      outcome: { kind: 'recognise', level: 'district', stars: 3, authority: qd148_2023.recognition.value[3] },
      ...asSystem(noon('2023-07-20')),
    },
  });
  const issuedIn2023 = eventsOf(certificationDecider, [result], {
    type: 'DecideRecognition',
    data: {
      dossierId,
      certificateId: certificateId('gcn-2023-0017'),
      stars: 3,
      decision: decision('district', '2023-08-01'),
      ...ctx('2023-08-01'),
    },
  });
  const noted = eventOf(certificationDecider, [result, ...issuedIn2023], {
    type: 'NoteReEvaluationFiled',
    data: {
      productId,
      dossierId,
      certificateId: certificateId('gcn-2023-0017'),
      filedOn: day('2026-06-01'),
      ...asSystem(noon('2026-06-01')),
    },
  });
  const older = [result, ...issuedIn2023, noted];
  deepStrictEqual(
    issuedIn2023.map((e) => (e.type === 'CertificateIssued' ? e.data.expiresOn : e.type)),
    ['RecognitionDecided', day('2026-08-01')],
  );
  const state = fold(certificationDecider)(older);
  deepStrictEqual(dueExpiries([state], day('2026-08-02'), noon('2026-08-02')), []);
  deepStrictEqual(dueExpiries([state], day('2027-01-28'), noon('2027-01-28')), []);
  deepStrictEqual(dueExpiries([state], day('2027-01-29'), noon('2027-01-29')), [
    expire(productId, 'gcn-2023-0017', '2027-01-29', noon('2027-01-29')),
  ]);
});

test.run();

// QĐ 26/2026 Art. 7.6.a: the window of a certificate to 20/12/2029 opens 180 days before, on 23/06/2029.
test('a holder is reminded once when the re-evaluation window opens, and the certification accepts the reminder', () => {
  const state = fold(certificationDecider)(certified());
  const at = noon('2029-06-23');
  const remind: Dispatch = {
    aggregate: 'certification',
    stream: `Certification-${productId}`,
    commandId: 'remind:gcn-2026-0815:2029-06-23',
    command: { type: 'RemindOfExpiry', data: { certificateId: certificateId('gcn-2026-0815'), today: day('2029-06-23'), ...asSystem(at) } },
  };
  deepStrictEqual(dueReminders([state], day('2029-06-22'), at), []);
  deepStrictEqual(dueReminders([state], day('2029-06-23'), at), [remind]);
  if (remind.aggregate !== 'certification') throw new Error('a certification command expected');
  const sent = eventsOf(certificationDecider, certified(), remind.command);
  deepStrictEqual(
    sent.map((e) => (e.type === 'ExpiryReminderSent' ? [e.data.reason, e.data.noticeOn] : e.type)),
    [['reEvaluationWindow', '2029-06-23']],
  );
  deepStrictEqual(dueReminders([fold(certificationDecider)([...certified(), ...sent])], day('2029-06-24'), at), [], 'sent once');
});
