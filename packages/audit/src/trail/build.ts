import { fold, localDateOf, type LocalDate } from '@ocop/kernel';
import {
  certificateExpirySource,
  findSheet,
  governingRuleSet,
  qd26Catalogue,
  revocationGroundTexts,
  ruleSetById,
  ruleSetForFilingOn,
} from '@ocop/rules';
import {
  annulmentSource,
  certificationDecider,
  dossierDecider,
  fallbackSource,
  type CertificationEvent,
  type DossierEvent,
} from '@ocop/domain';
import { either as E } from 'fp-ts';
import { revocationDeadlineSource, revocationGroundsSource, transitionalCertificateSource } from '../sources.js';
import type { Histories } from './collect.js';
import { evaluationFacts } from './evaluation.js';
import type { CertificateFacts, DossierFacts, LifeFacts, StepFacts, Trail } from './model.js';
import { decisionFacts } from './people.js';

const day = (at: string): LocalDate => localDateOf(at);

const stepOf = (e: DossierEvent): StepFacts | undefined => {
  const on = day(e.data.at);
  switch (e.type) {
    case 'CommuneCheckCompleted':
      return { date: on, kind: e.data.complete ? 'communeChecked' : 'returnedToSubject', reference: e.data.reportNumber, level: 'commune' };
    case 'DossierForwarded':
      return {
        date: on,
        kind: 'forwarded',
        level: e.data.from,
        to: e.data.to,
        ...(e.data.letterNumber ? { reference: e.data.letterNumber } : {}),
        ...(e.data.decision ? { decision: decisionFacts(e.data.decision) } : {}),
      };
    case 'IntakeChecked':
      return {
        date: on,
        kind: e.data.complete ? 'intakeComplete' : 'supplementRequested',
        level: e.data.level,
        ...(e.data.missing ? { text: e.data.missing.join('; ') } : {}),
      };
    case 'SupplementProvided':
      return { date: on, kind: 'supplementProvided', ...(e.data.note ? { text: e.data.note } : {}) };
    case 'AdvisoryReviewRecorded':
      return { date: on, kind: 'advisoryReview', level: e.data.level, text: e.data.report.title };
    case 'EvidenceAdded':
      return { date: on, kind: 'evidenceAdded', text: e.data.evidence.map((x) => x.title).join('; ') };
    case 'DossierDisqualified':
      return { date: on, kind: 'disqualified', text: `${e.data.conditionText} — ${e.data.reason}` };
    case 'DossierWithdrawn':
      return { date: on, kind: 'withdrawn', ...(e.data.reason ? { text: e.data.reason } : {}) };
    case 'DossierLapsed':
      return { date: on, kind: 'lapsed', reference: e.data.decideBy };
    default:
      return undefined;
  }
};

const governingFacts = (
  g: ReturnType<typeof governingRuleSet>,
  filedUnder: string | undefined,
  recorded: string,
  ruleSet: ReturnType<typeof ruleSetById>,
): DossierFacts['governing'] => {
  const base = { recorded, inForceFrom: ruleSet.inForce.from };
  if (E.isLeft(g))
    return g.left._tag === 'TransitionalDeadlinePassed'
      ? { ...base, case: 'transitional', decideBy: g.left.decideBy, sources: [g.left.source] }
      : { ...base, case: 'inForce', sources: [ruleSet.inForce.source] };
  const r = g.right;
  if (r.decideBy !== undefined) return { ...base, case: 'transitional', decideBy: r.decideBy, sources: [r.source] };
  return { ...base, case: r.ruleSet.id !== filedUnder ? 'amended' : 'inForce', sources: [r.source] };
};

const dossierFacts = (h: Histories, events: ReadonlyArray<DossierEvent>): DossierFacts | undefined => {
  const filed = events.find((e) => e.type === 'DossierFiled');
  if (filed?.type !== 'DossierFiled') return undefined;
  const d = filed.data;
  const ruleSet = ruleSetById(d.ruleSet);
  const recognition = h.certification.find((e) => e.type === 'RecognitionDecided' && e.data.dossierId === d.dossierId);
  const refusal = h.certification.find((e) => e.type === 'RecognitionRefused' && e.data.dossierId === d.dossierId);
  const issued = h.certification.find((e) => e.type === 'CertificateIssued' && e.data.dossierId === d.dossierId);
  // The rules follow the filing day and, across 22/05/2026, the day of the decision (or of the last step so far).
  const decidedOn =
    recognition?.type === 'RecognitionDecided'
      ? recognition.data.decision.date
      : refusal?.type === 'RecognitionRefused'
        ? refusal.data.decision.date
        : day(events[events.length - 1]?.data.at ?? filed.data.at);
  const governing = governingRuleSet({ kind: d.kind, filedOn: d.filedOn, decidedOn });
  const filedUnder = ruleSetForFilingOn(d.filedOn);
  const evaluations = [...h.rounds].flatMap(([, round]) =>
    round.flatMap((e) => {
      if (e.type !== 'ResultAdopted' || e.data.dossierId !== d.dossierId) return [];
      const opened = round.find((x) => x.type === 'RoundOpened');
      const council = opened?.type === 'RoundOpened' ? (h.councils.get(opened.data.councilId) ?? []) : [];
      return [evaluationFacts(e.data, e.data.at, round, council)];
    }),
  );
  const state = fold(dossierDecider)(events);
  return {
    id: d.dossierId,
    productId: d.productId,
    kind: d.kind,
    filedOn: d.filedOn,
    ruleSet: { id: ruleSet.id, title: ruleSet.title, titleEn: ruleSet.titleEn, acts: ruleSet.acts },
    governing: governingFacts(governing, filedUnder?.id, d.governing.reason, ruleSet),
    ...(d.targetStars === undefined ? {} : { targetStars: d.targetStars }),
    ...(d.currentCertificate === undefined ? {} : { currentCertificate: d.currentCertificate }),
    steps: events.flatMap((e) => stepOf(e) ?? []),
    evaluations: evaluations.sort((a, b) => (a.adoptedOn < b.adoptedOn ? -1 : a.adoptedOn > b.adoptedOn ? 1 : 0)),
    ...(recognition?.type === 'RecognitionDecided'
      ? {
          decision: {
            kind: 'recognised' as const,
            stars: recognition.data.stars,
            ruleSet: recognition.data.ruleSet,
            decision: decisionFacts(recognition.data.decision),
            competent: ruleSetById(recognition.data.ruleSet).recognition.value[recognition.data.stars],
            source:
              recognition.data.basis.outcome === 'fallback' ? fallbackSource : ruleSetById(recognition.data.ruleSet).recognition.source,
            basis: recognition.data.basis,
            ...(issued?.type === 'CertificateIssued' ? { certificateId: issued.data.certificateId } : {}),
          },
        }
      : refusal?.type === 'RecognitionRefused'
        ? { decision: { kind: 'refused' as const, decision: decisionFacts(refusal.data.decision), reason: refusal.data.reason } }
        : {}),
    state:
      state.status === 'open'
        ? { stage: state.stage, level: state.level, ...(state.closedAs ? { closedAs: state.closedAs } : {}) }
        : { stage: 'filed', level: 'commune' },
  };
};

const lifeOf = (e: CertificationEvent): { readonly certificateId: string; readonly life: LifeFacts } | undefined => {
  const on = day(e.data.at);
  switch (e.type) {
    case 'CertificateSuperseded':
      return { certificateId: e.data.certificateId, life: { kind: 'superseded', on: e.data.on, by: e.data.supersededBy } };
    case 'ReEvaluationFiled':
      return { certificateId: e.data.certificateId, life: { kind: 'reEvaluationFiled', on: e.data.filedOn, dossierId: e.data.dossierId } };
    case 'ReEvaluationConcluded':
      return {
        certificateId: e.data.previous,
        life: {
          kind: 'reEvaluationConcluded',
          on,
          outcome: e.data.outcome,
          ...(e.data.stars === undefined ? {} : { stars: e.data.stars }),
        },
      };
    case 'CertificateExpired':
      return {
        certificateId: e.data.certificateId,
        life: { kind: 'expired', on, lastValidDay: e.data.lastValidDay, extended: false, source: transitionalCertificateSource },
      };
    case 'CertificateRevoked':
      return {
        certificateId: e.data.certificateId,
        life: {
          kind: 'revoked',
          on: e.data.decision.date,
          decision: decisionFacts(e.data.decision),
          grounds: e.data.grounds.map((g) => revocationGroundTexts[g]),
          finding: e.data.finding,
          ...(e.data.deadline === undefined ? {} : { deadline: e.data.deadline }),
          withinDeadline: e.data.withinDeadline,
          sources: [revocationGroundsSource, revocationDeadlineSource],
        },
      };
    case 'RecognitionAnnulled':
      return {
        certificateId: e.data.certificateId,
        life: {
          kind: 'annulled',
          on: e.data.decision.date,
          decision: decisionFacts(e.data.decision),
          reason: e.data.reason,
          source: annulmentSource,
        },
      };
    default:
      return undefined;
  }
};

const certificates = (h: Histories, dossiers: ReadonlySet<string>): ReadonlyArray<CertificateFacts> => {
  const state = fold(certificationDecider)(h.certification);
  return h.certification.flatMap((e): CertificateFacts[] => {
    if (e.type !== 'CertificateIssued' || !dossiers.has(e.data.dossierId)) return [];
    const d = e.data;
    const ruleSet = ruleSetById(d.ruleSet);
    const life = h.certification.flatMap((x): LifeFacts[] => {
      const l = lifeOf(x);
      if (!l || l.certificateId !== d.certificateId) return [];
      if (l.life.kind !== 'expired') return [l.life];
      const extended = l.life.lastValidDay !== d.expiresOn;
      return [{ ...l.life, extended, source: extended ? transitionalCertificateSource : ruleSet.certificateValidityMonths.source }];
    });
    return [
      {
        id: d.certificateId,
        dossierId: d.dossierId,
        stars: d.stars,
        ruleSet: d.ruleSet,
        issuedOn: d.issuedOn,
        expiresOn: d.expiresOn,
        validityMonths: ruleSet.certificateValidityMonths.value,
        validitySources: certificateExpirySource(ruleSet),
        authority: d.authority,
        life,
        status: state.certificates.find((c) => c.certificateId === d.certificateId)?.status ?? 'valid',
      },
    ];
  });
};

/** The facts of a trail from the histories collected. */
export const buildTrail = (h: Histories, query: string, lang: Trail['lang'], asOf: LocalDate | undefined): Trail => {
  const registered = h.product.find((e) => e.type === 'ProductRegistered');
  const code = [...h.product].reverse().find((e) => e.type === 'ProductCodeAssigned');
  const subject = h.subject.find((e) => e.type === 'SubjectRegistered');
  const dossiers = [...h.dossiers.values()]
    .flatMap((events) => dossierFacts(h, events) ?? [])
    .sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
  const sheet = registered?.type === 'ProductRegistered' ? findSheet(qd26Catalogue, registered.data.sheet) : undefined;
  return {
    query,
    lang,
    ...(asOf === undefined ? {} : { asOf }),
    ...(registered?.type === 'ProductRegistered'
      ? {
          product: {
            id: registered.data.productId,
            name: registered.data.name,
            sheet: { number: registered.data.sheet, name: sheet?.name ?? '', nameEn: sheet?.nameEn ?? '' },
            ...(code?.type === 'ProductCodeAssigned' ? { code: code.data.code } : {}),
            ...(subject?.type === 'SubjectRegistered'
              ? { subject: { id: subject.data.subjectId, name: subject.data.name, legalForm: subject.data.legalForm } }
              : {}),
          },
        }
      : {}),
    dossiers,
    certificates: certificates(h, new Set(dossiers.map((d) => d.id))),
    integrity: h.integrity,
  };
};
