import { test } from 'uvu';
import * as assert from 'uvu/assert';
import fc from 'fast-check';
import { either as E } from 'fp-ts';
import { addDays, addMonths, date, fold, nonEmpty, type Decider, type DomainEvent, type EventCodec, type LocalDate } from '@ocop/kernel';
import {
  allRevocationGrounds,
  certificateExpiry,
  isCertified,
  councilLevels,
  governingRuleSet,
  outcomeAt,
  qd26_2026,
  ruleSetById,
  ruleSetForFilingOn,
  type CertifiedStars,
  type DossierKind,
  type Level,
  type RuleSetId,
  type Stars,
} from '@ocop/rules';
import {
  certificationCommandCodecs,
  certificationDecider,
  certificationEvents,
  councilCommandCodecs,
  councilDecider,
  councilEvents,
  decodeCertificationCommand,
  decodeCouncilCommand,
  decodeDossierCommand,
  decodePlanCommand,
  decodeProductCommand,
  decodeRoundCommand,
  decodeSubjectCommand,
  dossierCommandCodecs,
  DossierId,
  RoundId,
  dossierDecider,
  dossierEvents,
  OutcomeCodec,
  planCommandCodecs,
  planDecider,
  planEvents,
  productCommandCodecs,
  productDecider,
  productEvents,
  roundCommandCodecs,
  roundDecider,
  roundEvents,
  storedOutcome,
  subjectCommandCodecs,
  subjectDecider,
  subjectEvents,
  systemActor,
  type CertificateId,
  type CertificationCommand,
  type CertificationEvent,
  type CertificationState,
  type StoredOutcome,
} from '../src/index.js';
import { aggregates } from '../scripts/catalogue.js';
import { describeCodec } from '../scripts/codec-tree.js';
import { anyCommand, anyEvent, arbitraryOf } from './arbitraries.js';
import { certificateId, ctx, decision, productId } from './fixtures.js';
import { decoded, rightOf } from './helpers.js';

const catalogued = (name: string) => {
  const aggregate = aggregates.find((a) => a.name === name);
  if (!aggregate) throw new Error(`no aggregate ${name} in the catalogue`);
  return aggregate;
};

// ─── (a) evolve is total, and so is decide ──────────────────────────────────────────────────────────────────

/**
 * Folding any sequence of events the aggregate's codec accepts (in any order, however unlikely) never throws;
 * deciding any command the codecs accept on the state reached never throws either (a refusal is a value), and
 * the events it gives are among those the catalogue (docs/domain.md) says the command gives.
 */
const total = <C extends { readonly type: string }, S, Ev extends DomainEvent, Err>(
  name: string,
  decider: Decider<C, S, Ev, Err>,
  codec: EventCodec<Ev>,
  commands: fc.Arbitrary<C>,
): void => {
  const aggregate = catalogued(name);
  test(`${name}: folding any sequence of valid events, then deciding any valid command, never throws`, () => {
    fc.assert(
      fc.property(fc.array(anyEvent(codec, aggregate.events), { maxLength: 30 }), commands, (events, command) => {
        const decided = decider.decide(command, fold(decider)(events));
        if (decided._tag === 'Left') return;
        const emits = aggregate.commands.find((c) => c.codec.name === command.type)?.emits ?? [];
        for (const e of decided.right)
          assert.ok(emits.includes(e.type), `${command.type} gave ${e.type}, which the catalogue does not list`);
      }),
      { numRuns: 150 },
    );
  });
};

total('Subject', subjectDecider, subjectEvents, anyCommand(subjectCommandCodecs, decodeSubjectCommand));
total('Product', productDecider, productEvents, anyCommand(productCommandCodecs, decodeProductCommand));
total('ProgrammePlan', planDecider, planEvents, anyCommand(planCommandCodecs, decodePlanCommand));
total('Council', councilDecider, councilEvents, anyCommand(councilCommandCodecs, decodeCouncilCommand));
total('Round', roundDecider, roundEvents, anyCommand(roundCommandCodecs, decodeRoundCommand));
total('Dossier', dossierDecider, dossierEvents, anyCommand(dossierCommandCodecs, decodeDossierCommand));
total('Certification', certificationDecider, certificationEvents, anyCommand(certificationCommandCodecs, decodeCertificationCommand));

// ─── Certification: random command sequences ────────────────────────────────────────────────────────────────

const ruleSetIds: ReadonlyArray<RuleSetId> = ['qd1048-2019', 'qd148-2023', 'qd148-2023-qd1489-2025', 'qd26-2026'];
const dossiers = ['d-1', 'd-2', 'd-3'].map((s) => decoded(DossierId, s));
const dossier = fc.constantFrom(...dossiers);
const round = fc.constantFrom(...['r-1', 'r-2'].map((s) => decoded(RoundId, s)));
const certificate = fc.constantFrom(...['gcn-1', 'gcn-2', 'gcn-3', 'gcn-4'].map(certificateId));
const anyLevel = fc.constantFrom<Level>('commune', 'district', 'province', 'central');
const signingLevel = fc.constantFrom<Level>('district', 'province', 'central');
const stars = fc.constantFrom<Stars>(1, 2, 3, 4, 5);
const certifiedStars = fc.constantFrom<CertifiedStars>(3, 4, 5);
const kind = fc.oneof(
  { weight: 4, arbitrary: fc.constant<DossierKind>('first') },
  { weight: 1, arbitrary: fc.constantFrom<DossierKind>('upgrade', 'reEvaluation') },
);
const reason = nonEmpty('x');

interface ResultFacts {
  readonly ruleSet: RuleSetId;
  readonly level: Level;
  readonly stars: Stars;
  readonly mean: number;
  readonly outcome: StoredOutcome;
}

type Results = (filedOn: LocalDate) => fc.Arbitrary<ResultFacts>;

/**
 * A result as a round adopts it: under the rule set of its filing day, scored at a council level of that rule set,
 * with a mean that reaches the band of its stars (minimum criteria may hold the stars below the band, never above),
 * and the outcome the rules give for those stars at that level.
 */
const adoptedResult: Results = (filedOn) =>
  fc.record({ levelPick: fc.nat(), stars, above: fc.nat() }).map(({ levelPick, stars: s, above }) => {
    const ruleSet = ruleSetForFilingOn(filedOn) ?? qd26_2026;
    const levels = councilLevels(ruleSet);
    const level = levels[levelPick % levels.length] ?? 'province';
    // In hundredths: from the lower edge of the stars' band up to 100 (below 30 for 1 star, whose band is the lowest).
    const from = (ruleSet.bands.value.find((b) => b.stars === s)?.from ?? 0) * 100;
    const top = s === 1 ? 2999 : 10_000;
    const mean = (from + (above % (top - from + 1))) / 100;
    return { ruleSet: ruleSet.id, level, stars: s, mean, outcome: storedOutcome(rightOf(outcomeAt(ruleSet, level, s))) };
  });

/** Any result the codec of RecordCouncilResult accepts: rule set, level, stars, mean and outcome drawn independently. */
const anyResult: Results = () =>
  fc.record({
    ruleSet: fc.constantFrom(...ruleSetIds),
    level: anyLevel,
    stars,
    mean: fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100),
    outcome: arbitraryOf(describeCodec(OutcomeCodec)).map((u) => decoded(OutcomeCodec, u)),
  });

/** Days of a sequence: within half a year of its first day, so that filings, decisions and expiries meet. */
const firstDay = fc.integer({ min: 0, max: 4200 }).map((n) => addDays(date('2019-08-21'), n));
const near = (base: LocalDate, days = 180): fc.Arbitrary<LocalDate> => fc.integer({ min: 0, max: days }).map((n) => addDays(base, n));

/**
 * What a step of a sequence does. A decision is either wholly random or, half of the time, aimed: at a dossier
 * that has a result, with the result's stars and the level that the result's rule set makes competent, no earlier
 * than the filing. Aimed decisions make certificates frequent; the decider still checks everything.
 */
type Step =
  | { readonly kind: 'command'; readonly command: CertificationCommand }
  | { readonly kind: 'aimedDecision'; readonly pick: number; readonly certificateId: CertificateId; readonly on: LocalDate };

const stepsOn = (results: Results, base: LocalDate): fc.Arbitrary<Step> => {
  const day = near(base);
  const signed = fc.record({ level: signingLevel, on: day });
  const command = (c: fc.Arbitrary<CertificationCommand>) => c.map((x): Step => ({ kind: 'command', command: x }));
  return fc.oneof(
    { weight: 3, arbitrary: command(recordOn(results, base)) },
    {
      weight: 2,
      arbitrary: command(
        fc
          .record({ dossierId: dossier, certificateId: certificate, stars: certifiedStars, signed })
          .map(({ dossierId, certificateId: id, stars: s, signed: { level, on } }): CertificationCommand => ({
            type: 'DecideRecognition',
            data: { dossierId, certificateId: id, stars: s, decision: decision(level, on), ...ctx(on) },
          })),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.record({ pick: fc.nat(), certificateId: certificate, on: day }).map((x): Step => ({ kind: 'aimedDecision', ...x })),
    },
    {
      weight: 1,
      arbitrary: command(
        fc.record({ dossierId: dossier, signed }).map(({ dossierId, signed: { level, on } }): CertificationCommand => ({
          type: 'RefuseRecognition',
          data: { dossierId, decision: decision(level, on), reason, ...ctx(on) },
        })),
      ),
    },
    {
      weight: 1,
      arbitrary: command(
        fc.record({ certificateId: certificate, today: near(base, 2000) }).map(({ certificateId: id, today }): CertificationCommand => ({
          type: 'ExpireCertificate',
          data: { certificateId: id, today, at: ctx(today).at, by: systemActor },
        })),
      ),
    },
    {
      weight: 1,
      arbitrary: command(
        fc
          .record({ certificateId: certificate, grounds: fc.subarray([...allRevocationGrounds]), found: day, signed })
          .map(({ certificateId: id, grounds, found, signed: { level, on } }): CertificationCommand => ({
            type: 'RevokeCertificate',
            data: {
              certificateId: id,
              grounds,
              finding: { on: found, body: reason, reference: reason },
              decision: decision(level, on),
              ...ctx(on),
            },
          })),
      ),
    },
    {
      weight: 1,
      arbitrary: command(
        fc.record({ certificateId: certificate, signed }).map(({ certificateId: id, signed: { level, on } }): CertificationCommand => ({
          type: 'AnnulRecognition',
          data: { certificateId: id, decision: decision(level, on), reason, ...ctx(on) },
        })),
      ),
    },
    {
      weight: 1,
      arbitrary: command(
        fc
          .record({ dossierId: dossier, certificateId: certificate, filedOn: day })
          .map(({ dossierId, certificateId: id, filedOn }): CertificationCommand => ({
            type: 'NoteReEvaluationFiled',
            data: { productId, dossierId, certificateId: id, filedOn, at: ctx(filedOn).at, by: systemActor },
          })),
      ),
    },
  );
};

/** A result recorded on a dossier of the sequence. */
const recordOn = (results: Results, base: LocalDate): fc.Arbitrary<CertificationCommand> =>
  fc
    .record({ filedOn: near(base, 60), dossierId: dossier, roundId: round, kind, on: near(base) })
    .chain((c) => results(c.filedOn).map((r) => ({ ...c, r })))
    .map(({ r, dossierId, roundId, kind: k, filedOn, on }): CertificationCommand => ({
      type: 'RecordCouncilResult',
      data: {
        productId,
        dossierId,
        roundId,
        ruleSet: r.ruleSet,
        kind: k,
        filedOn,
        level: r.level,
        sheet: 3,
        mean: r.mean,
        stars: r.stars,
        outcome: r.outcome,
        at: ctx(on).at,
        by: systemActor,
      },
    }));

/** A random sequence about one product, its days near each other: a few results first, then anything. */
const sequences = (results: Results): fc.Arbitrary<ReadonlyArray<Step>> =>
  firstDay.chain((base) =>
    fc
      .tuple(
        fc.array(
          recordOn(results, base).map((command): Step => ({ kind: 'command', command })),
          { minLength: 1, maxLength: 3 },
        ),
        fc.array(stepsOn(results, base), { minLength: 5, maxLength: 30, size: 'medium' }),
      )
      .map(([first, then]) => [...first, ...then]),
  );

/**
 * The command of a step in a state. An aimed decision picks, among the dossiers not yet decided, the latest result
 * of each (the one a decision rests on), preferring those that lead to recognition.
 */
const commandOf = (step: Step, state: CertificationState): CertificationCommand => {
  if (step.kind === 'command') return step.command;
  const latest = dossiers.flatMap((d) => {
    const r = state.results.filter((x) => x.dossierId === d).pop();
    return r && !state.decidedDossiers.includes(d) ? [r] : [];
  });
  const leading = latest.filter((r) => r.outcome.kind === 'recognise' || r.outcome.kind === 'fallback');
  const candidates = leading.length > 0 ? leading : latest;
  const result = candidates[step.pick % Math.max(1, candidates.length)];
  const s: CertifiedStars = result && isCertified(result.stars) ? result.stars : 3;
  const level = result ? ruleSetById(result.ruleSet).recognition.value[s].level : 'province';
  const on = result && result.filedOn > step.on ? result.filedOn : step.on;
  return {
    type: 'DecideRecognition',
    data: {
      dossierId: result?.dossierId ?? decoded(DossierId, 'd-1'),
      certificateId: step.certificateId,
      stars: s,
      decision: decision(level, on),
      ...ctx(on),
    },
  };
};

/** The commands of a sequence in order, and the events of those accepted; the refused ones change nothing. */
const run = (
  steps: ReadonlyArray<Step>,
): { readonly commands: ReadonlyArray<CertificationCommand>; readonly history: ReadonlyArray<CertificationEvent> } =>
  steps.reduce<{ commands: ReadonlyArray<CertificationCommand>; history: ReadonlyArray<CertificationEvent> }>(
    ({ commands, history }, step) => {
      const state = fold(certificationDecider)(history);
      const command = commandOf(step, state);
      const r = certificationDecider.decide(command, state);
      return { commands: [...commands, command], history: r._tag === 'Right' ? [...history, ...r.right] : history };
    },
    { commands: [], history: [] },
  );

/**
 * Why a certificate in `history` lacks its basis (QĐ 26/2026 Art. 4.1, 7.3.e, 7.4.e): before it, a
 * RecognitionDecided for its dossier under the rules governing it on that day, signed at the level they make
 * competent for its stars, and
 * before that a CouncilResultRecorded for the dossier with those stars, at least 3 (a mean of 50 or more), whose
 * outcome is to recognise (or to fall back to the level that recognises).
 */
const unfounded = (history: ReadonlyArray<CertificationEvent>): ReadonlyArray<string> =>
  history.flatMap((event, i) => {
    if (event.type !== 'CertificateIssued') return [];
    const { dossierId, stars: s, certificateId: id } = event.data;
    const before = history.slice(0, i);
    const decidedAt = before.findLastIndex((e) => e.type === 'RecognitionDecided' && e.data.dossierId === dossierId);
    const decided = before[decidedAt];
    if (decided?.type !== 'RecognitionDecided') return [`${id}: no RecognitionDecided before it`];
    const result = before
      .slice(0, decidedAt)
      .flatMap((e) => (e.type === 'CouncilResultRecorded' && e.data.dossierId === dossierId ? [e.data] : []))
      .pop();
    if (!result) return [`${id}: no CouncilResultRecorded before its decision`];
    // The rules governing the dossier on the day of the decision name the competent level (QĐ 1489/2025 moved
    // the district's 3★ to the province), whatever rule set the council scored under.
    const governing = governingRuleSet({ kind: result.kind, filedOn: result.filedOn, decidedOn: decided.data.decision.date });
    if (E.isLeft(governing)) return [`${id}: no rule set governs its decision (${governing.left._tag})`];
    const competent = governing.right.ruleSet.recognition.value[s].level;
    const problems = [
      decided.data.ruleSet === governing.right.ruleSet.id
        ? ''
        : `decided under ${decided.data.ruleSet}, governed by ${governing.right.ruleSet.id}`,
      result.stars >= 3 ? '' : `the result is ${result.stars}★`,
      result.mean >= 50 ? '' : `the result's mean is ${result.mean}`,
      result.stars === s ? '' : `the result is ${result.stars}★, the certificate ${s}★`,
      result.outcome.kind === 'recognise' || result.outcome.kind === 'fallback' ? '' : `the outcome is ${result.outcome.kind}`,
      decided.data.decision.signer.level === competent ? '' : `signed at ${decided.data.decision.signer.level}, competent ${competent}`,
    ].filter((p) => p !== '');
    return problems.map((p) => `${id}: ${p}`);
  });

const issuedIn = (history: ReadonlyArray<CertificationEvent>): number => history.filter((e) => e.type === 'CertificateIssued').length;

// QĐ 26/2026 Art. 4.1.a, 7.3.e, 7.4.e (and the same rules of the older acts): a certificate rests on a result of 3
// stars or more that leads to recognition, decided by the authority competent for those stars.
test('no accepted sequence issues a certificate without a recognising result of 3 stars or more and a competent decision', () => {
  let issued = 0;
  fc.assert(
    fc.property(sequences(adoptedResult), (steps) => {
      const { commands, history } = run(steps);
      issued += issuedIn(history);
      assert.equal(unfounded(history), [], JSON.stringify(commands));
    }),
    { numRuns: 300 },
  );
  // The property is not vacuous: the random sequences did issue certificates.
  assert.ok(issued > 100, `only ${issued} certificates were issued`);
});

// QĐ 26/2026 Art. 4.1.a, 7.3.e, 7.4.e, for results of any content: a result whose stars, mean and outcome
// contradict each other is refused when it is recorded, so no certificate can rest on it.
test('…even when the recorded results are any the codec accepts', () => {
  fc.assert(
    fc.property(
      sequences((filedOn) => fc.oneof(adoptedResult(filedOn), anyResult(filedOn))),
      (steps) => {
        const { commands, history } = run(steps);
        assert.equal(unfounded(history), [], JSON.stringify(commands));
      },
    ),
    { numRuns: 300 },
  );
});

// QĐ 26/2026 Art. 4.3 (36 months from the decision), counted by the Civil Code, Art. 147–148.
test('every certificate issued expires exactly 36 months after the day it is issued', () => {
  let issued = 0;
  fc.assert(
    fc.property(sequences(adoptedResult), (steps) => {
      for (const e of run(steps).history)
        if (e.type === 'CertificateIssued') {
          issued += 1;
          assert.is(e.data.expiresOn, addMonths(e.data.issuedOn, 36));
          assert.is(e.data.expiresOn, certificateExpiry(ruleSetById(e.data.ruleSet), e.data.issuedOn));
        }
    }),
    { numRuns: 300 },
  );
  assert.ok(issued > 100, `only ${issued} certificates were issued`);
});

test.run();
