import type { DossierEvent } from './events.js';
import type { DossierState, OpenDossier } from './state.js';

const closed = (s: OpenDossier, closedAs: NonNullable<OpenDossier['closedAs']>): OpenDossier => ({ ...s, stage: 'closed', closedAs });

export const evolveDossier = (state: DossierState, event: DossierEvent): DossierState => {
  if (event.type === 'DossierFiled') {
    const d = event.data;
    return {
      status: 'open',
      dossierId: d.dossierId,
      productId: d.productId,
      subjectId: d.subjectId,
      sheet: d.sheet,
      kind: d.kind,
      ruleSet: d.ruleSet,
      filedOn: d.filedOn,
      stage: 'filed',
      level: 'commune',
      advisoryReviewed: false,
    };
  }
  if (state.status !== 'open') return state;
  switch (event.type) {
    case 'EvidenceAdded':
      return state;
    case 'CommuneCheckCompleted':
      return { ...state, stage: event.data.complete ? 'communeChecked' : 'returnedToSubject' };
    case 'DossierForwarded':
      return { ...state, stage: 'received', level: event.data.to, advisoryReviewed: false };
    case 'IntakeChecked':
      return { ...state, stage: event.data.complete ? 'intakeComplete' : 'supplementRequested' };
    case 'SupplementProvided':
      return { ...state, stage: state.stage === 'returnedToSubject' ? 'filed' : 'received' };
    case 'AdvisoryReviewRecorded':
      return { ...state, advisoryReviewed: true };
    case 'CouncilResultReceived': {
      const next: OpenDossier = { ...state, stage: 'resultReceived', outcome: event.data.outcome };
      return event.data.outcome.kind === 'notCertified' ? closed(next, 'notCertified') : next;
    }
    case 'DossierDecided':
      return closed(state, 'decided');
    case 'DossierDisqualified':
      return closed(state, 'disqualified');
    case 'DossierWithdrawn':
      return closed(state, 'withdrawn');
    case 'DossierLapsed':
      return closed(state, 'lapsed');
  }
};
