import type { DecisionRef } from '@ocop/domain';
import type { ProjectedEvent } from '../core/event.js';
import { defineReadModel } from '../core/projector.js';
import type { DocKey, DocWrite, Lookup, ReadModel } from '../core/read-model.js';
import { CertificatesDoc, RoundIndexDoc, TrailEntry, type TrailDocs } from './docs.js';

type Get = Lookup<TrailDocs>;
type Write = DocWrite<TrailDocs>;
type Detail = TrailEntry extends infer E ? (E extends { readonly kind: string } ? Omit<E, keyof Common> : never) : never;
type Common = Pick<TrailEntry, 'at' | 'on' | 'actor' | 'ruleSet' | 'checkpoint' | 'eventId' | 'productId' | 'dossierId'>;

const signed = (d: DecisionRef) => ({
  number: d.number,
  date: d.date,
  signer: { person: d.signer.person, name: d.signer.name, title: d.signer.title, level: d.signer.level },
});

const certificateIdOf = (event: ProjectedEvent['event']): string | undefined =>
  event.type === 'CertificateSuperseded' ||
  event.type === 'CertificateExpired' ||
  event.type === 'CertificateRevoked' ||
  event.type === 'RecognitionAnnulled'
    ? event.data.certificateId
    : undefined;

const productIdOf = (event: ProjectedEvent['event']): string | undefined => {
  switch (event.type) {
    case 'ResultAdopted':
    case 'RecognitionDecided':
    case 'CertificateIssued':
    case 'RecognitionRefused':
    case 'ReEvaluationConcluded':
    case 'CertificateSuperseded':
    case 'CertificateExpired':
    case 'CertificateRevoked':
    case 'RecognitionAnnulled':
      return event.data.productId;
    default:
      return undefined;
  }
};

const needs = ({ event }: ProjectedEvent): ReadonlyArray<DocKey<TrailDocs>> => {
  const productId = productIdOf(event);
  if (productId === undefined) return [];
  return [
    { collection: 'certificates', key: productId },
    ...(event.type === 'ResultAdopted' ? [{ collection: 'rounds' as const, key: event.data.roundId }] : []),
  ];
};

/** What the event adds to the trail, and the rule set it was judged under. */
const detailOf = (event: ProjectedEvent['event'], get: Get): { readonly detail: Detail; readonly ruleSet: string | null } | undefined => {
  switch (event.type) {
    case 'ResultAdopted': {
      const r = event.data;
      return {
        ruleSet: r.ruleSet,
        detail: {
          kind: 'councilResult',
          roundId: r.roundId,
          councilId: get('rounds', r.roundId)?.councilId ?? null,
          level: r.level,
          attempt: r.attempt,
          mode: r.mode,
          quorum: r.quorum,
          spread: r.spread,
          mean: r.mean,
          bandStars: r.bandStars,
          minimumStars: r.minimumStars,
          stars: r.stars,
          outcome: {
            kind: r.outcome.kind,
            stars: r.outcome.stars,
            to: r.outcome.kind === 'forward' || r.outcome.kind === 'fallback' ? r.outcome.to : null,
          },
          members: r.sheets.map((s) => ({ person: s.person, total: s.total, stars: s.stars })),
          recused: r.recused,
        },
      };
    }
    case 'RecognitionDecided': {
      const d = event.data;
      return {
        ruleSet: d.ruleSet,
        detail: { kind: 'recognition', stars: d.stars, dossierKind: d.kind, decision: signed(d.decision), basis: d.basis },
      };
    }
    case 'CertificateIssued': {
      const d = event.data;
      return {
        ruleSet: d.ruleSet,
        detail: {
          kind: 'certificate',
          certificateId: d.certificateId,
          stars: d.stars,
          issuedOn: d.issuedOn,
          expiresOn: d.expiresOn,
          authority: d.authority,
        },
      };
    }
    case 'RecognitionRefused':
      return { ruleSet: null, detail: { kind: 'refusal', decision: signed(event.data.decision), reason: event.data.reason } };
    case 'ReEvaluationConcluded':
      return {
        ruleSet: null,
        detail: {
          kind: 'reEvaluationConcluded',
          previous: event.data.previous,
          outcome: event.data.outcome,
          stars: event.data.stars ?? null,
        },
      };
    case 'CertificateSuperseded':
      return {
        ruleSet: null,
        detail: {
          kind: 'superseded',
          certificateId: event.data.certificateId,
          supersededBy: event.data.supersededBy,
          supersededOn: event.data.on,
        },
      };
    case 'CertificateExpired':
      return { ruleSet: null, detail: { kind: 'expiry', certificateId: event.data.certificateId, lastValidDay: event.data.lastValidDay } };
    case 'CertificateRevoked': {
      const d = event.data;
      return {
        ruleSet: d.ruleSet,
        detail: {
          kind: 'revocation',
          certificateId: d.certificateId,
          grounds: d.grounds,
          finding: d.finding,
          decision: signed(d.decision),
          withinDeadline: d.withinDeadline,
          deadline: d.deadline ?? null,
        },
      };
    }
    case 'RecognitionAnnulled': {
      const d = event.data;
      return {
        ruleSet: null,
        detail: {
          kind: 'annulment',
          certificateId: d.certificateId,
          decision: signed(d.decision),
          reason: d.reason,
          request: d.request ?? null,
        },
      };
    }
    default:
      return undefined;
  }
};

const evolve = (projected: ProjectedEvent, get: Get): ReadonlyArray<Write> => {
  const { event } = projected;
  if (event.type === 'RoundOpened') return [{ collection: 'rounds', key: event.data.roundId, doc: { councilId: event.data.councilId } }];
  const productId = productIdOf(event);
  const found = detailOf(event, get);
  if (productId === undefined || !found) return [];
  const known = get('certificates', productId)?.certificates ?? [];
  const certificateId = certificateIdOf(event);
  const certificate = known.find((c) => c.certificateId === certificateId);
  const dossierId = 'dossierId' in event.data ? event.data.dossierId : (certificate?.dossierId ?? null);
  const ofDossier = known.find((c) => c.dossierId === dossierId);
  const entry: TrailEntry = {
    at: projected.businessTime,
    on: projected.on,
    actor: projected.actor,
    // The rule set the decision names, else the one the command was recorded under, else its certificate's
    // (the one it concerns, or the one its dossier was certified under).
    ruleSet: found.ruleSet ?? projected.ruleSet ?? certificate?.ruleSet ?? ofDossier?.ruleSet ?? null,
    checkpoint: projected.checkpoint,
    eventId: projected.eventId,
    productId,
    dossierId,
    ...found.detail,
  };
  const writes: Write[] = [{ collection: 'entries', key: projected.checkpoint, doc: entry }];
  if (event.type === 'CertificateIssued')
    writes.push({
      collection: 'certificates',
      key: productId,
      doc: {
        certificates: [...known, { certificateId: event.data.certificateId, dossierId: event.data.dossierId, ruleSet: event.data.ruleSet }],
      },
    });
  return writes;
};

const trailModel: ReadModel<TrailDocs> = {
  name: 'decision_trail',
  // Version 2: entries are searchable by kind, rule set and day.
  version: 2,
  handles: [
    'RoundOpened',
    'ResultAdopted',
    'RecognitionDecided',
    'CertificateIssued',
    'RecognitionRefused',
    'ReEvaluationConcluded',
    'CertificateSuperseded',
    'CertificateExpired',
    'CertificateRevoked',
    'RecognitionAnnulled',
  ],
  collections: {
    entries: {
      codec: TrailEntry,
      columns: { product_id: 'text', dossier_id: 'text', kind: 'text', rule_set: 'text', on_day: 'text' },
      columnsOf: (e) => ({ product_id: e.productId, dossier_id: e.dossierId, kind: e.kind, rule_set: e.ruleSet, on_day: e.on }),
      indexed: ['product_id', 'dossier_id'],
    },
    certificates: { codec: CertificatesDoc, columns: {}, columnsOf: () => ({}) },
    rounds: { codec: RoundIndexDoc, columns: {}, columnsOf: () => ({}) },
  },
  needs,
  evolve,
};

/** Every rating decision per product and per dossier, in order, with who, when and under which rules. */
export const decisionTrail = defineReadModel(trailModel);
