import { nonEmpty } from '@ocop/kernel';
import type { CertificationEvent } from '../certification/events.js';
import { certificationStream } from '../certification/decider.js';
import type { DossierEvent } from '../dossier/events.js';
import { dossierStream } from '../dossier/decider.js';
import type { RoundEvent } from '../round/events.js';
import { roundStream } from '../round/decider.js';
import type { RoundId } from '../shared/ids.js';
import { systemActor, type Cause, type Dispatch } from './dispatch.js';

const context = (cause: Cause) => ({ at: cause.at, by: systemActor });
const idFor = (cause: Cause, what: string): string => `${cause.eventId}:${what}`;

/**
 * A round adopted a result: the product's certification records it (a decision will rest on it) and the
 * dossier learns its outcome (forward, decide, or close as not certified).
 */
export const onResultAdopted = (event: RoundEvent, cause: Cause): ReadonlyArray<Dispatch> => {
  if (event.type !== 'ResultAdopted') return [];
  const r = event.data;
  return [
    {
      aggregate: 'certification',
      stream: certificationStream(r.productId),
      commandId: idFor(cause, 'record-result'),
      command: {
        type: 'RecordCouncilResult',
        data: {
          productId: r.productId,
          dossierId: r.dossierId,
          roundId: r.roundId,
          ruleSet: r.ruleSet,
          kind: r.kind,
          filedOn: r.filedOn,
          level: r.level,
          sheet: r.sheet,
          mean: r.mean,
          stars: r.stars,
          outcome: r.outcome,
          ...context(cause),
        },
      },
    },
    {
      aggregate: 'dossier',
      stream: dossierStream(r.dossierId),
      commandId: idFor(cause, 'receive-result'),
      command: {
        type: 'ReceiveCouncilResult',
        data: { roundId: r.roundId, level: r.level, mean: r.mean, stars: r.stars, outcome: r.outcome, ...context(cause) },
      },
    },
  ];
};

/** A certificate issued or a recognition refused closes the dossier it decided. */
export const onDecision = (event: CertificationEvent, cause: Cause): ReadonlyArray<Dispatch> => {
  switch (event.type) {
    case 'CertificateIssued':
      return [
        {
          aggregate: 'dossier',
          stream: dossierStream(event.data.dossierId),
          commandId: idFor(cause, 'decided'),
          command: {
            type: 'RecordDossierDecision',
            data: { decision: 'recognised', stars: event.data.stars, certificateId: event.data.certificateId, ...context(cause) },
          },
        },
      ];
    case 'RecognitionRefused':
      return [
        {
          aggregate: 'dossier',
          stream: dossierStream(event.data.dossierId),
          commandId: idFor(cause, 'decided'),
          command: { type: 'RecordDossierDecision', data: { decision: 'refused', ...context(cause) } },
        },
      ];
    default:
      return [];
  }
};

/** A re-evaluation filed is noted on the certificate, which Art. 12.3 may keep valid meanwhile. */
export const onReEvaluationFiled = (event: DossierEvent, cause: Cause): ReadonlyArray<Dispatch> => {
  if (event.type !== 'DossierFiled' || event.data.kind !== 'reEvaluation' || !event.data.currentCertificate) return [];
  const d = event.data;
  const certificate = d.currentCertificate;
  if (!certificate) return [];
  return [
    {
      aggregate: 'certification',
      stream: certificationStream(d.productId),
      commandId: idFor(cause, 'note-re-evaluation'),
      command: {
        type: 'NoteReEvaluationFiled',
        data: {
          productId: d.productId,
          dossierId: d.dossierId,
          certificateId: certificate.certificateId,
          filedOn: d.filedOn,
          ...context(cause),
        },
      },
    },
  ];
};

/** A dossier withdrawn, disqualified or lapsed leaves the round it was assigned to (`roundOf` says which). */
export const onDossierLeft = (
  event: DossierEvent,
  cause: Cause,
  roundOf: (dossierId: string) => RoundId | undefined,
): ReadonlyArray<Dispatch> => {
  if (event.type !== 'DossierWithdrawn' && event.type !== 'DossierDisqualified' && event.type !== 'DossierLapsed') return [];
  const roundId = roundOf(event.data.dossierId);
  if (!roundId) return [];
  const reason = event.type === 'DossierWithdrawn' ? 'withdrawn' : event.type === 'DossierDisqualified' ? 'disqualified' : 'lapsed';
  return [
    {
      aggregate: 'round',
      stream: roundStream(roundId),
      commandId: idFor(cause, 'leave-round'),
      command: { type: 'RemoveDossierFromRound', data: { dossierId: event.data.dossierId, reason: nonEmpty(reason), ...context(cause) } },
    },
  ];
};
