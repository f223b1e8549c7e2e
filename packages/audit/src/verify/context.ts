import type { LocalDate } from '@ocop/kernel';
import type { DossierKind, Level, RuleSetId, Stars } from '@ocop/rules';
import type { StoredOutcome } from '@ocop/domain';
import type { Finding } from '../finding.js';

/** What the verification counts besides findings, for the summary. */
export type Counter =
  | 'sheetsRecomputed'
  | 'resultsRecomputed'
  | 'filings'
  | 'recognitions'
  | 'refusals'
  | 'certificates'
  | 'expiries'
  | 'revocations'
  | 'annulments';

/** What a round adopted on a dossier: what the product's certification and the dossier must copy. */
export interface Adopted {
  readonly productId: string;
  readonly ruleSet: RuleSetId;
  readonly kind: DossierKind;
  readonly filedOn: LocalDate;
  readonly level: Level;
  readonly sheet: number;
  readonly mean: number;
  readonly stars: Stars;
  readonly outcome: StoredOutcome;
}

/** What a check may use besides the event and its stream's state: where to report, and the other streams. */
export interface AuditContext {
  readonly report: (finding: Finding) => void;
  readonly count: (counter: Counter) => void;
  /** Results adopted so far, by `roundId/dossierId`. */
  readonly adopted: Map<string, Adopted>;
}

export const adoptedKey = (roundId: string, dossierId: string): string => `${roundId}/${dossierId}`;
