import * as t from 'io-ts';
import type { LocalDate } from '@ocop/kernel';
import type { LegalSource, Sourced } from './provenance.js';
import type { Authority, Level } from './levels.js';
import type { CertifiedStars, StarBand } from './stars.js';
import type { PartsMaxima, SheetCatalogue } from './sheets/catalogue.js';
import type { RoundCalendar } from './rounds.js';
import type { RevocationGround } from './revocation.js';

export const RuleSetIdCodec = t.keyof(
  { 'qd1048-2019': null, 'qd148-2023': null, 'qd148-2023-qd1489-2025': null, 'qd26-2026': null },
  'RuleSetId',
);
export type RuleSetId = t.TypeOf<typeof RuleSetIdCodec>;

/** First evaluation (lần đầu), upgrade (nâng hạng) or re-evaluation at expiry (phân hạng lại). */
export const DossierKindCodec = t.keyof({ first: null, upgrade: null, reEvaluation: null }, 'DossierKind');
export type DossierKind = t.TypeOf<typeof DossierKindCodec>;

/** A council at `from` sends a product on to `to` when its result reaches `minScore` (and that level's stars). */
export interface Forwarding {
  readonly from: Level;
  readonly to: Level;
  readonly minScore: number;
  readonly source: LegalSource;
}

export interface InForce {
  readonly from: LocalDate;
  /** Last day on which a new dossier falls under this rule set (absent: still open). */
  readonly newDossiersUntil?: LocalDate;
  /** Last day on which the act itself is in force, for dossiers already filed (absent: still in force). */
  readonly until?: LocalDate;
  readonly source: LegalSource;
}

export interface ReEvaluationRules {
  /** Filing opens this many days before the certificate expires … */
  readonly fileFromDaysBeforeExpiry: number;
  /** … and closes this many days before it. */
  readonly fileUntilDaysBeforeExpiry: number;
  /** Days from the complete file to the decision. */
  readonly decideWithinDays: number;
  /** The council votes by written opinion (lấy ý kiến bằng văn bản), meeting only if opinions diverge. */
  readonly writtenOpinions: boolean;
}

export interface RevocationRules {
  readonly grounds: ReadonlyArray<RevocationGround>;
  /** Days from the competent finding (or the commune's confirmation) to the revocation decision. */
  readonly withinDays: number | undefined;
}

/**
 * One version of the OCOP rules: what the acts in force said about scoring, levels, authority,
 * certificates and deadlines. Every figure carries its source.
 */
export interface RuleSet {
  readonly id: RuleSetId;
  readonly title: string;
  readonly titleEn: string;
  /** The act and the acts that amended it, oldest first. */
  readonly acts: ReadonlyArray<LegalSource>;
  readonly inForce: InForce;
  readonly parts: Sourced<PartsMaxima>;
  /** Lower edges of the five classes, best first. */
  readonly bands: Sourced<ReadonlyArray<StarBand>>;
  /** The levels that take part, lowest first; those after `commune` hold councils. */
  readonly levels: Sourced<ReadonlyArray<Level>>;
  /** Which authority recognises and certifies each class. */
  readonly recognition: Sourced<Readonly<Record<CertifiedStars, Authority>>>;
  readonly forwarding: ReadonlyArray<Forwarding>;
  readonly certificateValidityMonths: Sourced<number>;
  /** Working days the commune has to check a dossier and report. */
  readonly communeCheckWorkingDays?: Sourced<number>;
  readonly reEvaluation?: Sourced<ReEvaluationRules>;
  /** Days before expiry by which the issuing authority must tell the subject. */
  readonly expiryNoticeDays?: Sourced<number>;
  readonly rounds?: Sourced<RoundCalendar>;
  readonly revocation: Sourced<RevocationRules>;
  /** Number of product samples sent with the dossier (none for tourism). */
  readonly samples?: Sourced<number>;
  /** The scoring sheets, official or provisional as their provenance says. */
  readonly sheets: SheetCatalogue;
}

/** The levels at which councils score, lowest first. */
export const councilLevels = (ruleSet: RuleSet): ReadonlyArray<Level> => ruleSet.levels.value.filter((l) => l !== 'commune');
