import { either as E } from 'fp-ts';
import type { Decider, LocalDate } from '@ocop/kernel';
import {
  bandOf,
  certificateExpiry,
  governingRuleSet,
  outcomeAt,
  revocationDeadline,
  ruleSetById,
  ruleSetForFilingOn,
  type CertifiedStars,
  type GoverningError,
} from '@ocop/rules';
import { storedOutcome } from '../round/council-result.js';
import { conflict, forbidden, invalid, notFound, type DomainError } from '../shared/errors.js';
import {
  annulmentSource,
  fallbackSource,
  reEvaluationSource,
  recognitionSource,
  revocationSource,
  upgradeSource,
} from '../shared/sources.js';
import type { CertificationCommand } from './commands.js';
import type { CertificationEvent } from './events.js';
import { evolveCertification } from './evolve.js';
import { remindersDue, remindersOf } from './reminders.js';
import { currentCertificate, initialCertificationState, validUntil, type Certificate, type CertificationState } from './state.js';

type Result = E.Either<DomainError, ReadonlyArray<CertificationEvent>>;
type Command<T extends CertificationCommand['type']> = Extract<CertificationCommand, { type: T }>;

const productOf = (state: CertificationState): E.Either<DomainError, NonNullable<CertificationState['productId']>> =>
  state.productId
    ? E.right(state.productId)
    : E.left(notFound('NoCertificationHistory', 'no council result has been recorded for this product'));

const certificateOf = (state: CertificationState, id: string): E.Either<DomainError, Certificate> => {
  const c = state.certificates.find((x) => x.certificateId === id);
  return c ? E.right(c) : E.left(notFound('CertificateNotFound', `certificate ${id} was not issued for this product`));
};

type ProductId = NonNullable<CertificationState['productId']>;

const governingRefusal = (e: GoverningError): DomainError => {
  switch (e._tag) {
    case 'TransitionalDeadlinePassed':
      return conflict(
        'TransitionalDeadlinePassed',
        `a dossier filed on ${e.filedOn} under the old rules had to be decided by ${e.decideBy}`,
        { source: e.source },
      );
    case 'DecidedBeforeFiled':
      return invalid('DecidedBeforeFiled', `the decision (${e.decidedOn}) precedes the filing (${e.filedOn})`);
    case 'NoRuleSetInForce':
      return invalid('NoRuleSetInForce', `no rule set accepted dossiers on ${e.filedOn}`);
  }
};

/** A result recorded here must be one a council could adopt: its outcome follows from its stars, its stars from its mean. */
const resultRule = (d: Command<'RecordCouncilResult'>['data']): DomainError | undefined => {
  const ruleSet = ruleSetById(d.ruleSet);
  const expected = outcomeAt(ruleSet, d.level, d.stars);
  if (E.isLeft(expected))
    return invalid('NoCouncilAtLevel', `${d.ruleSet} has no council at ${d.level} level`, { source: ruleSet.levels.source });
  if (JSON.stringify(storedOutcome(expected.right)) !== JSON.stringify(d.outcome))
    return invalid(
      'OutcomeDoesNotFollow',
      `under ${d.ruleSet}, ${d.stars}★ at ${d.level} level leads to ${expected.right.kind}, not to the outcome given`,
      {
        source: expected.right.source,
      },
    );
  if (bandOf(ruleSet, d.mean) < d.stars)
    return invalid('StarsAboveBand', `a mean of ${d.mean} does not reach ${d.stars}★`, { source: ruleSet.bands.source });
  return undefined;
};

/** The product and one of its certificates, or why there is none. */
const withCertificate = (state: CertificationState, id: string, f: (productId: ProductId, c: Certificate) => Result): Result =>
  E.chain((productId: ProductId) => E.chain((c: Certificate) => f(productId, c))(certificateOf(state, id)))(productOf(state));

const recordResult = (state: CertificationState, { data }: Command<'RecordCouncilResult'>): Result => {
  if (state.productId !== undefined && state.productId !== data.productId)
    return E.left(invalid('WrongProduct', `this history is of product ${state.productId}, not ${data.productId}`));
  const unsound = resultRule(data);
  if (unsound) return E.left(unsound);
  if (state.results.some((r) => r.dossierId === data.dossierId && r.roundId === data.roundId))
    return E.left(conflict('ResultAlreadyRecorded', `the result of round ${data.roundId} on ${data.dossierId} is already recorded`));
  const recorded: CertificationEvent = { type: 'CouncilResultRecorded', data };
  const previous = state.certificates.find((c) => c.reEvaluationPending);
  // A re-evaluation scored below 3 stars is not renewed: the certificate runs to its end (Art. 4.1.a, 7.6).
  if (data.kind === 'reEvaluation' && data.outcome.kind === 'notCertified' && previous)
    return E.right([
      recorded,
      {
        type: 'ReEvaluationConcluded',
        data: {
          productId: data.productId,
          dossierId: data.dossierId,
          previous: previous.certificateId,
          outcome: 'notRenewed',
          at: data.at,
          by: data.by,
        },
      },
    ]);
  return E.right([recorded]);
};

const reEvaluationOutcome = (previous: CertifiedStars, stars: CertifiedStars): 'renewed' | 'upgraded' | 'downgraded' =>
  stars === previous ? 'renewed' : stars > previous ? 'upgraded' : 'downgraded';

const decide = (state: CertificationState, { data }: Command<'DecideRecognition'>): Result => {
  const productId = state.productId;
  const result = [...state.results].reverse().find((r) => r.dossierId === data.dossierId);
  if (!productId || !result)
    return E.left(
      conflict('NoAdoptedResult', `no council result has been adopted on dossier ${data.dossierId}`, { source: recognitionSource }),
    );
  if (state.decidedDossiers.includes(data.dossierId))
    return E.left(conflict('AlreadyDecided', `dossier ${data.dossierId} has been decided`));
  const outcome = result.outcome;
  if (outcome.kind !== 'recognise' && outcome.kind !== 'fallback')
    return E.left(
      conflict(
        'ResultDoesNotLeadToRecognition',
        outcome.kind === 'forward' ? `the result goes on to the ${outcome.to} level` : `a ${outcome.stars}-star result is not certified`,
        {
          source: recognitionSource,
        },
      ),
    );
  if (data.stars !== outcome.stars)
    return E.left(
      invalid('StarsDifferFromResult', `the council's result is ${outcome.stars}★, not ${data.stars}★`, { source: recognitionSource }),
    );
  // The rules that govern the dossier on the day of the decision name the competent authority: a district's
  // result of 2025 decided after QĐ 1489/2025 is the province's to decide (districts are gone).
  const governing = governingRuleSet({ kind: result.kind, filedOn: result.filedOn, decidedOn: data.decision.date });
  if (E.isLeft(governing)) return E.left(governingRefusal(governing.left));
  const ruleSet = governing.right.ruleSet;
  const competent = ruleSet.recognition.value[data.stars];
  if (data.decision.signer.level !== competent.level)
    return E.left(
      forbidden(
        'NotCompetentAuthority',
        `${data.stars}★ under ${ruleSet.id} is recognised by ${competent.title} (${competent.level}), not by a ${data.decision.signer.level} signer`,
        { source: outcome.kind === 'fallback' ? fallbackSource : ruleSet.recognition.source },
      ),
    );
  if (data.decision.date < result.filedOn)
    return E.left(invalid('DecidedBeforeFiled', `the decision (${data.decision.date}) precedes the filing (${result.filedOn})`));
  if (state.certificates.some((c) => c.certificateId === data.certificateId))
    return E.left(conflict('CertificateIdTaken', `certificate ${data.certificateId} already exists`));
  const previous = currentCertificate(state, data.decision.date);
  if (result.kind === 'upgrade' && (!previous || previous.stars >= data.stars))
    return E.left(
      conflict('UpgradeNotAchieved', `an upgrade must end above the current ${previous?.stars ?? 0}★; this result is ${data.stars}★`, {
        source: upgradeSource,
      }),
    );

  const issuedOn = data.decision.date;
  const common = { productId, at: data.at, by: data.by };
  const events: CertificationEvent[] = [
    {
      type: 'RecognitionDecided',
      data: {
        ...common,
        dossierId: data.dossierId,
        kind: result.kind,
        ruleSet: ruleSet.id,
        stars: data.stars,
        decision: data.decision,
        basis: { roundId: result.roundId, level: result.level, mean: result.mean, outcome: outcome.kind },
      },
    },
    {
      type: 'CertificateIssued',
      data: {
        ...common,
        certificateId: data.certificateId,
        dossierId: data.dossierId,
        ruleSet: ruleSet.id,
        stars: data.stars,
        issuedOn,
        expiresOn: certificateExpiry(ruleSet, issuedOn),
        authority: { level: competent.level, title: competent.title },
      },
    },
  ];
  if (previous)
    events.push({
      type: 'CertificateSuperseded',
      data: { ...common, certificateId: previous.certificateId, supersededBy: data.certificateId, on: issuedOn },
    });
  if (result.kind === 'reEvaluation' && previous)
    events.push({
      type: 'ReEvaluationConcluded',
      data: {
        ...common,
        dossierId: data.dossierId,
        previous: previous.certificateId,
        outcome: reEvaluationOutcome(previous.stars, data.stars),
        stars: data.stars,
      },
    });
  return E.right(events);
};

const refuse = (state: CertificationState, { data }: Command<'RefuseRecognition'>): Result =>
  E.chain((productId: ProductId): Result => {
    const result = [...state.results].reverse().find((r) => r.dossierId === data.dossierId);
    if (!result) return E.left(conflict('NoAdoptedResult', `no council result has been adopted on dossier ${data.dossierId}`));
    if (state.decidedDossiers.includes(data.dossierId))
      return E.left(conflict('AlreadyDecided', `dossier ${data.dossierId} has been decided`));
    const outcome = result.outcome;
    if (outcome.kind !== 'recognise' && outcome.kind !== 'fallback')
      return E.left(
        conflict('ResultDoesNotLeadToRecognition', `a ${outcome.kind} result is not the authority's to refuse`, {
          source: recognitionSource,
        }),
      );
    const governing = governingRuleSet({ kind: result.kind, filedOn: result.filedOn, decidedOn: data.decision.date });
    if (E.isLeft(governing)) return E.left(governingRefusal(governing.left));
    const competent = governing.right.ruleSet.recognition.value[outcome.stars];
    if (data.decision.signer.level !== competent.level)
      return E.left(
        forbidden('NotCompetentAuthority', `only ${competent.title} (${competent.level}) decides on this result`, {
          source: governing.right.ruleSet.recognition.source,
        }),
      );
    return E.right([{ type: 'RecognitionRefused', data: { productId, ...data } }]);
  })(productOf(state));

const expire = (state: CertificationState, { data }: Command<'ExpireCertificate'>): Result =>
  withCertificate(state, data.certificateId, (productId, c) => {
    if (c.status !== 'valid') return E.left(conflict('CertificateNotValid', `certificate ${c.certificateId} is ${c.status}`));
    const last = validUntil(c);
    if (data.today <= last) return E.left(conflict('NotYetExpired', `certificate ${c.certificateId} is valid until ${last}`));
    return E.right([
      { type: 'CertificateExpired', data: { productId, certificateId: c.certificateId, lastValidDay: last, at: data.at, by: data.by } },
    ]);
  });

/**
 * QĐ 148/2023's expiry notice and QĐ 26/2026 Art. 7.6.a's window: a valid certificate's holder is reminded
 * once of each whose period includes today; one already sent is refused, and so is a day with none due
 * (naming the next notice day, if any).
 */
const remind = (state: CertificationState, { data }: Command<'RemindOfExpiry'>): Result =>
  withCertificate(state, data.certificateId, (productId, c) => {
    if (c.status !== 'valid') return E.left(conflict('CertificateNotValid', `certificate ${c.certificateId} is ${c.status}`));
    const due = remindersDue(c, data.today);
    const current = remindersOf(c, data.today).filter((r) => r.noticeOn <= data.today && data.today <= r.until);
    const [sent] = current.filter((r) => c.reminded.includes(r.reason));
    if (due.length === 0 && sent)
      return E.left(
        conflict('AlreadyReminded', `the holder of certificate ${c.certificateId} was already sent the ${sent.reason} reminder`, {
          source: sent.source,
        }),
      );
    const all = remindersOf(c, data.today);
    const [next] = all.filter((r) => r.noticeOn > data.today);
    if (due.length === 0)
      return E.left(
        conflict(
          'NoticeNotDue',
          next
            ? `the ${next.reason} reminder of certificate ${c.certificateId} is due from ${next.noticeOn}`
            : `no reminder of certificate ${c.certificateId} is due on ${data.today}`,
          { source: (next ?? all[0])?.source ?? reEvaluationSource },
        ),
      );
    return E.right(
      due.map((r): CertificationEvent => ({
        type: 'ExpiryReminderSent',
        data: {
          productId,
          certificateId: c.certificateId,
          expiresOn: c.expiresOn,
          noticeOn: r.noticeOn,
          reason: r.reason,
          ruleSet: r.ruleSet,
          at: data.at,
          by: data.by,
        },
      })),
    );
  });

/** Revocation and annulment are for the authority that recognises such a certificate now (Art. 8.2, 10.1.b). */
const revocationAuthority = (c: Certificate, on: LocalDate) => {
  const ruleSet = ruleSetForFilingOn(on);
  return ruleSet ? { ruleSet, level: ruleSet.recognition.value[c.stars].level } : undefined;
};

const revoke = (state: CertificationState, { data }: Command<'RevokeCertificate'>): Result =>
  withCertificate(state, data.certificateId, (productId, c) => {
    if (c.status !== 'valid') return E.left(conflict('CertificateNotValid', `certificate ${c.certificateId} is ${c.status}`));
    const authority = revocationAuthority(c, data.decision.date);
    if (!authority) return E.left(invalid('NoRuleSetInForce', `no rule set was in force on ${data.decision.date}`));
    if (data.decision.signer.level !== authority.level)
      return E.left(
        forbidden('NotCompetentToRevoke', `a ${c.stars}★ certificate is revoked by the ${authority.level} authority`, {
          source: revocationSource,
        }),
      );
    if (data.grounds.length === 0)
      return E.left(invalid('GroundsRequired', 'a revocation names its grounds (Art. 8.1 a–f)', { source: revocationSource }));
    const unknown = data.grounds.filter((g) => !authority.ruleSet.revocation.value.grounds.includes(g));
    if (unknown.length > 0)
      return E.left(
        invalid('UnknownGround', `not a ground of ${authority.ruleSet.id}: ${unknown.join(', ')}`, { source: revocationSource }),
      );
    if (data.decision.date < data.finding.on)
      return E.left(invalid('DecidedBeforeFinding', 'a revocation follows the finding it rests on'));
    // A late revocation is still a revocation: it is recorded as late, for the audit to report.
    const deadline = revocationDeadline(authority.ruleSet, data.finding.on);
    return E.right([
      {
        type: 'CertificateRevoked',
        data: {
          productId,
          certificateId: c.certificateId,
          ruleSet: authority.ruleSet.id,
          grounds: data.grounds,
          finding: data.finding,
          decision: data.decision,
          withinDeadline: deadline === undefined || data.decision.date <= deadline,
          ...(deadline === undefined ? {} : { deadline }),
          at: data.at,
          by: data.by,
        },
      },
    ]);
  });

const annul = (state: CertificationState, { data }: Command<'AnnulRecognition'>): Result =>
  withCertificate(state, data.certificateId, (productId, c) => {
    if (c.status === 'annulled' || c.status === 'revoked')
      return E.left(conflict('CertificateNotValid', `certificate ${c.certificateId} is ${c.status}`));
    const authority = revocationAuthority(c, data.decision.date);
    if (!authority || data.decision.signer.level !== authority.level)
      return E.left(
        forbidden(
          'NotCompetentToAnnul',
          `the recognition of a ${c.stars}★ product is annulled by the ${authority?.level ?? 'competent'} authority`,
          { source: annulmentSource },
        ),
      );
    return E.right([{ type: 'RecognitionAnnulled', data: { productId, ...data } }]);
  });

/**
 * The certification of one product: the council results it received, recognition by the competent authority,
 * certificates valid 36 months, upgrades and re-evaluations that supersede them, refusal, expiry, revocation
 * on the grounds of Art. 8 and annulment (Art. 10.1.b).
 */
export const decideCertification = (command: CertificationCommand, state: CertificationState): Result => {
  switch (command.type) {
    case 'RecordCouncilResult':
      return recordResult(state, command);
    case 'NoteReEvaluationFiled':
      return E.chain((c: Certificate): Result =>
        c.status !== 'valid'
          ? E.left(conflict('CertificateNotValid', `certificate ${c.certificateId} is ${c.status}`))
          : E.right([{ type: 'ReEvaluationFiled', data: command.data }]),
      )(certificateOf(state, command.data.certificateId));
    case 'DecideRecognition':
      return decide(state, command);
    case 'RefuseRecognition':
      return refuse(state, command);
    case 'ExpireCertificate':
      return expire(state, command);
    case 'RemindOfExpiry':
      return remind(state, command);
    case 'RevokeCertificate':
      return revoke(state, command);
    case 'AnnulRecognition':
      return annul(state, command);
  }
};

export const certificationDecider: Decider<CertificationCommand, CertificationState, CertificationEvent, DomainError> = {
  decide: decideCertification,
  evolve: evolveCertification,
  initialState: initialCertificationState,
};

export const certificationStream = (productId: string): string => `Certification-${productId}`;
