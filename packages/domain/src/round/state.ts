import type { LocalDate } from '@ocop/kernel';
import type { DossierKind, Level, RuleSetId, SheetInput, Stars } from '@ocop/rules';
import type { DossierId, PersonId, ProductId, RoundId, CouncilId } from '../shared/ids.js';
import type { CouncilSnapshot } from './events.js';

export interface SubmittedSheet {
  readonly person: PersonId;
  readonly input: SheetInput;
  readonly total: number;
  readonly stars: Stars;
}

export interface DossierInRound {
  readonly dossierId: DossierId;
  readonly productId: ProductId;
  readonly sheet: number;
  readonly ruleSet: RuleSetId;
  readonly kind: DossierKind;
  readonly filedOn: LocalDate;
  readonly mode: 'meeting' | 'writtenOpinions';
  /** Scoring attempt, from 1; a re-scoring starts a new attempt with no sheets. */
  readonly attempt: number;
  readonly recused: ReadonlyArray<PersonId>;
  /** This attempt's sheets, the last one of each member. */
  readonly sheets: ReadonlyArray<SubmittedSheet>;
  readonly status: 'scoring' | 'scoringClosed' | 'adopted' | 'removed';
}

export type RoundState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open' | 'closed';
      readonly roundId: RoundId;
      readonly councilId: CouncilId;
      readonly level: Level;
      readonly council: CouncilSnapshot;
      readonly dossiers: ReadonlyArray<DossierInRound>;
    };

export const initialRoundState: RoundState = { status: 'none' };

export type OpenRoundState = Extract<RoundState, { status: 'open' | 'closed' }>;
