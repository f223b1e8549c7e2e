import type { LocalDate } from '@ocop/kernel';
import type { DossierKind, Level, RuleSetId } from '@ocop/rules';
import type { DossierId, ProductId, SubjectId } from '../shared/ids.js';
import type { StoredOutcome } from '../round/outcome-codec.js';

/**
 * Where a dossier stands: at the commune (filed, or returned to the subject to complete), at a council
 * level (received, missing documents, complete), with a council result, or closed.
 */
export type Stage =
  'filed' | 'returnedToSubject' | 'communeChecked' | 'received' | 'supplementRequested' | 'intakeComplete' | 'resultReceived' | 'closed';

export type ClosedAs = 'decided' | 'notCertified' | 'withdrawn' | 'disqualified' | 'lapsed';

export type DossierState =
  | { readonly status: 'none' }
  | {
      readonly status: 'open';
      readonly dossierId: DossierId;
      readonly productId: ProductId;
      readonly subjectId: SubjectId;
      readonly sheet: number;
      readonly kind: DossierKind;
      readonly ruleSet: RuleSetId;
      readonly filedOn: LocalDate;
      readonly stage: Stage;
      /** The level the dossier is at: the commune, then the council levels it is forwarded to. */
      readonly level: Level;
      readonly outcome?: StoredOutcome;
      readonly advisoryReviewed: boolean;
      readonly closedAs?: ClosedAs;
    };

export type OpenDossier = Extract<DossierState, { status: 'open' }>;

export const initialDossierState: DossierState = { status: 'none' };
