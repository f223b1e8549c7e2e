import type { DecisionRef } from '@ocop/domain';
import type { ProjectedEvent } from '../core/event.js';
import { defineReadModel } from '../core/projector.js';
import type { DocKey, DocWrite, Lookup, ReadModel } from '../core/read-model.js';
import { CouncilDoc, RoundDoc, RoundDossierDoc, SealedDoc, type RoundsDocs } from './docs.js';

type Get = Lookup<RoundsDocs>;
type Write = DocWrite<RoundsDocs>;

const sealedKey = (roundId: string, dossierId: string, attempt: number): string => `${roundId}|${dossierId}|${attempt}`;

const decisionOf = (d: DecisionRef) => ({
  number: d.number,
  date: d.date,
  signerTitle: d.signer.title,
  signerLevel: d.signer.level,
  signerName: d.signer.name,
});

const council = (doc: CouncilDoc): Write => ({ collection: 'councils', key: doc.councilId, doc });
const round = (doc: RoundDoc): Write => ({ collection: 'rounds', key: doc.roundId, doc });

const dossierKey = (roundId: string, dossierId: string): string => `${roundId}|${dossierId}`;

/** A change to a dossier of a round, unless it left the round. */
const inRound = (get: Get, roundId: string, dossierId: string, f: (d: RoundDossierDoc) => RoundDossierDoc): ReadonlyArray<Write> => {
  const doc = get('dossiers', dossierKey(roundId, dossierId));
  return doc && doc.status !== 'removed' ? [{ collection: 'dossiers', key: dossierKey(roundId, dossierId), doc: f(doc) }] : [];
};

const needs = ({ event }: ProjectedEvent): ReadonlyArray<DocKey<RoundsDocs>> => {
  switch (event.type) {
    case 'CouncilMemberAdded':
    case 'CouncilMemberRemoved':
    case 'CouncilChairChanged':
    case 'CouncilRulesChanged':
      return [{ collection: 'councils', key: event.data.councilId }];
    case 'SheetSubmitted':
    case 'ScoringClosed':
      return [
        { collection: 'dossiers', key: dossierKey(event.data.roundId, event.data.dossierId) },
        { collection: 'sealed', key: sealedKey(event.data.roundId, event.data.dossierId, event.data.attempt) },
      ];
    case 'MemberRecused':
    case 'RescoringRequested':
    case 'ResultAdopted':
    case 'DossierRemovedFromRound':
      return [{ collection: 'dossiers', key: dossierKey(event.data.roundId, event.data.dossierId) }];
    case 'RoundClosed':
      return [{ collection: 'rounds', key: event.data.roundId }];
    default:
      return [];
  }
};

const councilChange = (
  get: Get,
  councilId: string,
  on: string,
  decision: DecisionRef,
  change: string,
  person: string | null,
  f: (c: CouncilDoc) => CouncilDoc,
): ReadonlyArray<Write> => {
  const doc = get('councils', councilId);
  return doc ? [council({ ...f(doc), changes: [...doc.changes, { change, on, decisionNumber: decision.number, person }] })] : [];
};

const evolve = (projected: ProjectedEvent, get: Get): ReadonlyArray<Write> => {
  const { event, on } = projected;
  switch (event.type) {
    case 'CouncilEstablished': {
      const d = event.data;
      return [
        council({
          councilId: d.councilId,
          level: d.level,
          province: d.province ?? null,
          district: d.district ?? null,
          ruleSet: d.ruleSet,
          decision: decisionOf(d.decision),
          chair: d.chair,
          members: d.members,
          rules: d.rules,
          changes: [],
        }),
      ];
    }
    case 'CouncilMemberAdded':
      return councilChange(get, event.data.councilId, on, event.data.decision, 'memberAdded', event.data.member.person, (c) => ({
        ...c,
        members: [...c.members, event.data.member],
      }));
    case 'CouncilMemberRemoved':
      return councilChange(get, event.data.councilId, on, event.data.decision, 'memberRemoved', event.data.person, (c) => ({
        ...c,
        members: c.members.filter((m) => m.person !== event.data.person),
      }));
    case 'CouncilChairChanged':
      return councilChange(get, event.data.councilId, on, event.data.decision, 'chairChanged', event.data.chair, (c) => ({
        ...c,
        chair: event.data.chair,
      }));
    case 'CouncilRulesChanged':
      return councilChange(get, event.data.councilId, on, event.data.decision, 'rulesChanged', null, (c) => ({
        ...c,
        rules: event.data.rules,
      }));
    case 'RoundOpened': {
      const d = event.data;
      return [
        round({
          roundId: d.roundId,
          councilId: d.councilId,
          level: d.level,
          province: d.province ?? null,
          district: d.district ?? null,
          year: d.year,
          number: d.number,
          extra: d.extra,
          lastDay: d.lastDay ?? null,
          openedOn: on,
          closedOn: null,
          chair: d.council.chair,
          members: d.council.members,
        }),
      ];
    }
    default:
      return evolveRound(projected, get);
  }
};

/** The events of a round's dossiers; a sealed sheet shows as "submitted" until its attempt's scoring closes. */
const evolveRound = ({ event, on, checkpoint }: ProjectedEvent, get: Get): ReadonlyArray<Write> => {
  switch (event.type) {
    case 'DossierAssigned': {
      const d = event.data;
      const entry: RoundDossierDoc = {
        roundId: d.roundId,
        assignedAt: checkpoint,
        dossierId: d.dossierId,
        productId: d.productId,
        sheet: d.sheet,
        ruleSet: d.ruleSet,
        kind: d.kind,
        mode: d.mode,
        attempt: 1,
        status: 'scoring',
        removedReason: null,
        recusals: [],
        submissions: [],
        sheets: [],
        rescorings: [],
        result: null,
      };
      return [{ collection: 'dossiers', key: dossierKey(d.roundId, d.dossierId), doc: entry }];
    }
    case 'MemberRecused': {
      const { roundId, dossierId, person, reason } = event.data;
      return inRound(get, roundId, dossierId, (x) => ({ ...x, recusals: [...x.recusals, { person, reason, on }] }));
    }
    case 'SheetSubmitted': {
      const s = event.data;
      const key = sealedKey(s.roundId, s.dossierId, s.attempt);
      const sealed = get('sealed', key) ?? { sheets: [] };
      const sheet = {
        person: s.person,
        attempt: s.attempt,
        total: s.total,
        parts: s.parts,
        minimumStars: s.minimumStars,
        stars: s.stars,
        opinion: s.opinion ?? null,
      };
      const submitted = { person: s.person, attempt: s.attempt, on };
      return [
        { collection: 'sealed', key, doc: { sheets: [...sealed.sheets.filter((x) => x.person !== s.person), sheet] } },
        ...inRound(get, s.roundId, s.dossierId, (x) => ({
          ...x,
          submissions: [...x.submissions.filter((y) => !(y.person === s.person && y.attempt === s.attempt)), submitted],
        })),
      ];
    }
    case 'RescoringRequested': {
      const r = event.data;
      const rescoring = {
        attempt: r.attempt,
        on,
        spread: r.spread,
        limit: r.limit,
        lowest: r.lowest,
        highest: r.highest,
        action: r.action,
      };
      // After written opinions diverge the council meets (QĐ 26/2026 Art. 7.6.d), in a new attempt.
      return inRound(get, r.roundId, r.dossierId, (x) => ({
        ...x,
        attempt: r.attempt + 1,
        mode: 'meeting',
        rescorings: [...x.rescorings, rescoring],
      }));
    }
    case 'ScoringClosed': {
      const { roundId, dossierId, attempt } = event.data;
      const sealed = get('sealed', sealedKey(roundId, dossierId, attempt));
      return inRound(get, roundId, dossierId, (x) => ({ ...x, status: 'scoringClosed', sheets: [...x.sheets, ...(sealed?.sheets ?? [])] }));
    }
    case 'ResultAdopted': {
      const r = event.data;
      return inRound(get, r.roundId, r.dossierId, (x) => ({
        ...x,
        status: 'adopted',
        result: {
          on,
          attempt: r.attempt,
          mode: r.mode,
          eligible: r.quorum.eligible,
          present: r.quorum.present,
          required: r.quorum.required,
          chairPresent: r.quorum.chairPresent,
          mean: r.mean,
          spread: r.spread,
          bandStars: r.bandStars,
          minimumStars: r.minimumStars,
          stars: r.stars,
          outcome: { kind: r.outcome.kind, stars: r.outcome.stars },
          blocking: r.blocking.map((b) => ({ criterion: b.criterion, forStars: b.forStars })),
        },
      }));
    }
    case 'DossierRemovedFromRound': {
      const { roundId, dossierId, reason } = event.data;
      return inRound(get, roundId, dossierId, (x) => ({ ...x, status: 'removed', removedReason: reason }));
    }
    case 'RoundClosed': {
      const doc = get('rounds', event.data.roundId);
      return doc ? [round({ ...doc, closedOn: on })] : [];
    }
    default:
      return [];
  }
};

const roundsModel: ReadModel<RoundsDocs> = {
  name: 'rounds_councils',
  version: 1,
  handles: [
    'CouncilEstablished',
    'CouncilMemberAdded',
    'CouncilMemberRemoved',
    'CouncilChairChanged',
    'CouncilRulesChanged',
    'RoundOpened',
    'DossierAssigned',
    'MemberRecused',
    'SheetSubmitted',
    'RescoringRequested',
    'ScoringClosed',
    'ResultAdopted',
    'DossierRemovedFromRound',
    'RoundClosed',
  ],
  collections: {
    councils: {
      codec: CouncilDoc,
      columns: { level: 'text', province: 'text', rule_set: 'text' },
      columnsOf: (c) => ({ level: c.level, province: c.province, rule_set: c.ruleSet }),
    },
    rounds: {
      codec: RoundDoc,
      columns: { council_id: 'text', level: 'text', province: 'text', year: 'integer', opened_on: 'text', closed: 'integer' },
      columnsOf: (r) => ({
        council_id: r.councilId,
        level: r.level,
        province: r.province,
        year: r.year,
        opened_on: r.openedOn,
        closed: r.closedOn === null ? 0 : 1,
      }),
    },
    dossiers: {
      codec: RoundDossierDoc,
      columns: { round_id: 'text', assigned_at: 'text', product_id: 'text' },
      columnsOf: (d) => ({ round_id: d.roundId, assigned_at: d.assignedAt, product_id: d.productId }),
      indexed: ['round_id'],
    },
    sealed: { codec: SealedDoc, columns: {}, columnsOf: () => ({}) },
  },
  needs,
  evolve,
};

/** Councils with their members and rules; rounds with their dossiers, scoring, re-scorings and results. */
export const roundsAndCouncils = defineReadModel(roundsModel);
