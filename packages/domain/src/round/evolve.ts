import type { RoundEvent } from './events.js';
import type { DossierInRound, RoundState } from './state.js';

const update = (state: RoundState, dossierId: string, f: (d: DossierInRound) => DossierInRound): RoundState =>
  state.status === 'none'
    ? state
    : { ...state, dossiers: state.dossiers.map((d) => (d.dossierId === dossierId && d.status !== 'removed' ? f(d) : d)) };

export const evolveRound = (state: RoundState, event: RoundEvent): RoundState => {
  switch (event.type) {
    case 'RoundOpened': {
      const d = event.data;
      return { status: 'open', roundId: d.roundId, councilId: d.councilId, level: d.level, council: d.council, dossiers: [] };
    }
    case 'DossierAssigned': {
      if (state.status === 'none') return state;
      const d = event.data;
      const entry: DossierInRound = {
        dossierId: d.dossierId,
        productId: d.productId,
        sheet: d.sheet,
        ruleSet: d.ruleSet,
        kind: d.kind,
        filedOn: d.filedOn,
        mode: d.mode,
        attempt: 1,
        recused: [],
        sheets: [],
        status: 'scoring',
      };
      return { ...state, dossiers: [...state.dossiers, entry] };
    }
    case 'MemberRecused':
      return update(state, event.data.dossierId, (d) => ({ ...d, recused: [...d.recused, event.data.person] }));
    case 'SheetSubmitted': {
      const s = event.data;
      return update(state, s.dossierId, (d) =>
        s.attempt !== d.attempt
          ? d
          : {
              ...d,
              sheets: [
                ...d.sheets.filter((x) => x.person !== s.person),
                { person: s.person, input: s.input, total: s.total, stars: s.stars },
              ],
            },
      );
    }
    case 'RescoringRequested':
      // After written opinions diverge, the council meets (QĐ 26/2026 Art. 7.6.d).
      return update(state, event.data.dossierId, (d) => ({ ...d, attempt: d.attempt + 1, sheets: [], mode: 'meeting' }));
    case 'ScoringClosed':
      return update(state, event.data.dossierId, (d) => ({ ...d, status: 'scoringClosed' }));
    case 'ResultAdopted':
      return update(state, event.data.dossierId, (d) => ({ ...d, status: 'adopted' }));
    case 'DossierRemovedFromRound':
      return update(state, event.data.dossierId, (d) => ({ ...d, status: 'removed' }));
    case 'RoundClosed':
      return state.status === 'none' ? state : { ...state, status: 'closed' };
  }
};
