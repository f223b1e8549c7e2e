import type { LocalDate } from '@ocop/kernel';
import type { Authority, CertifiedStars, DossierKind, Level, LegalSource, MinimumLevel, PartCode, RuleSetId, Stars } from '@ocop/rules';
import type { CertificateSnapshot, CertificateStatus, ClosedAs, Stage, StoredOutcome } from '@ocop/domain';

export type Lang = 'vi' | 'en';

/** A person as the record names them: the name is personal data, stored sealed, and may have been erased. */
export interface PersonFacts {
  readonly id: string;
  /** Absent when the name is sealed and was not opened, when it was erased, or when it was never recorded. */
  readonly name?: string;
  readonly erased: boolean;
  /** The name is stored sealed and the trail was not given the means to open it. */
  readonly sealed: boolean;
  readonly organisation?: string;
  readonly position?: string;
}

export interface DecisionFacts {
  readonly number: string;
  readonly date: LocalDate;
  readonly signer: PersonFacts & { readonly title: string; readonly level: Level };
}

/** One criterion of a member's sheet, as the sheet prints it, and what the member ticked. */
export interface CriterionLine {
  readonly code: string;
  readonly title: string;
  /** The criterion it belongs to, as printed ("6.1 Ngoại hình"), for sub-criteria. */
  readonly parent?: string;
  readonly part: PartCode;
  readonly max: number;
  readonly points: number;
  readonly yesNo: boolean;
  /** The ticked option's position (yes/no: 1 met, 0 not met); absent when not assessed. */
  readonly answer?: number;
  /** The ticked option's label as printed. */
  readonly label?: string;
  /** Not assessed: stopped by a knock-out note, or a condition not met (texts as printed). */
  readonly notAssessed?: { readonly reason: 'knockOut' | 'notApplicable'; readonly text: string };
}

export interface MemberSheetFacts {
  readonly member: PersonFacts;
  readonly criteria: ReadonlyArray<CriterionLine>;
  readonly parts: Readonly<Record<PartCode, number>>;
  readonly total: number;
  readonly minimumStars: MinimumLevel;
  readonly stars: Stars;
  /** Knock-out notes that stopped the assessment, as printed. */
  readonly knockOuts: ReadonlyArray<string>;
}

export interface MissedMinimum {
  readonly criterion: string;
  readonly title: string;
  readonly requiredLabel: string;
  readonly requiredPoints: number;
  readonly sheetsMeeting: number;
}

export interface MinimumFacts {
  readonly stars: CertifiedStars;
  readonly met: boolean;
  readonly criteria: number;
  readonly missed: ReadonlyArray<MissedMinimum>;
}

/** A council's evaluation of the dossier in a round: who scored, how, and what follows. */
export interface EvaluationFacts {
  readonly roundId: string;
  readonly round: { readonly year?: number; readonly number?: number; readonly extra?: boolean };
  readonly level: Level;
  readonly council: { readonly id?: string; readonly decision?: { readonly number: string; readonly date: LocalDate } };
  readonly adoptedOn: LocalDate;
  readonly ruleSet: RuleSetId;
  readonly sheet: { readonly number: number; readonly name: string; readonly nameEn: string };
  readonly mode: 'meeting' | 'writtenOpinions';
  readonly attempt: number;
  readonly chair: PersonFacts;
  readonly quorum: {
    readonly eligible: number;
    readonly present: number;
    readonly required: number;
    readonly chairPresent: boolean;
    readonly numerator: number;
    readonly denominator: number;
    readonly chairRequired: boolean;
  };
  readonly minimumsBasis: 'majority' | 'unanimous';
  readonly recused: ReadonlyArray<{ readonly member: PersonFacts; readonly reason: string }>;
  readonly sheets: ReadonlyArray<MemberSheetFacts>;
  readonly spread: { readonly lowest: number; readonly highest: number; readonly value: number; readonly limit: number };
  readonly sum: number;
  readonly count: number;
  readonly mean: number;
  readonly bandStars: Stars;
  /** The lower edge of that band. */
  readonly bandFrom: number;
  readonly minimumStars: MinimumLevel;
  readonly stars: Stars;
  readonly minimums: ReadonlyArray<MinimumFacts>;
  readonly outcome: StoredOutcome;
  /** Whether the recorded result is what its sheets give under its rule set; the differences when not. */
  readonly recomputed: { readonly matches: boolean; readonly differences: ReadonlyArray<string> };
  readonly sources: { readonly council: LegalSource; readonly bands: LegalSource; readonly outcome: LegalSource };
}

export interface StepFacts {
  readonly date: LocalDate;
  readonly kind:
    | 'communeChecked'
    | 'returnedToSubject'
    | 'forwarded'
    | 'intakeComplete'
    | 'supplementRequested'
    | 'supplementProvided'
    | 'advisoryReview'
    | 'evidenceAdded'
    | 'disqualified'
    | 'withdrawn'
    | 'lapsed';
  readonly level?: Level;
  readonly to?: Level;
  readonly reference?: string;
  readonly text?: string;
  readonly decision?: DecisionFacts;
}

export type GoverningCase = 'inForce' | 'amended' | 'transitional';

export interface RecognitionFacts {
  readonly kind: 'recognised';
  readonly stars: CertifiedStars;
  readonly ruleSet: RuleSetId;
  readonly decision: DecisionFacts;
  readonly competent: Authority;
  readonly source: LegalSource;
  readonly basis: { readonly roundId: string; readonly level: Level; readonly mean: number; readonly outcome: 'recognise' | 'fallback' };
  readonly certificateId?: string;
}

export interface RefusalFacts {
  readonly kind: 'refused';
  readonly decision: DecisionFacts;
  readonly reason: string;
}

export interface DossierFacts {
  readonly id: string;
  readonly productId: string;
  readonly kind: DossierKind;
  readonly filedOn: LocalDate;
  readonly ruleSet: { readonly id: RuleSetId; readonly title: string; readonly titleEn: string; readonly acts: ReadonlyArray<LegalSource> };
  readonly governing: {
    readonly case: GoverningCase;
    /** The reason recorded at filing, in the words of the software that filed it. */
    readonly recorded: string;
    readonly inForceFrom: LocalDate;
    readonly decideBy?: LocalDate;
    readonly sources: ReadonlyArray<LegalSource>;
  };
  readonly targetStars?: CertifiedStars;
  readonly currentCertificate?: CertificateSnapshot;
  readonly steps: ReadonlyArray<StepFacts>;
  readonly evaluations: ReadonlyArray<EvaluationFacts>;
  readonly decision?: RecognitionFacts | RefusalFacts;
  readonly state: { readonly stage: Stage; readonly level: Level; readonly closedAs?: ClosedAs };
}

export type LifeFacts =
  | { readonly kind: 'superseded'; readonly on: LocalDate; readonly by: string }
  | { readonly kind: 'reEvaluationFiled'; readonly on: LocalDate; readonly dossierId: string }
  | { readonly kind: 'reEvaluationConcluded'; readonly on: LocalDate; readonly outcome: string; readonly stars?: CertifiedStars }
  | {
      readonly kind: 'expired';
      readonly on: LocalDate;
      readonly lastValidDay: LocalDate;
      readonly extended: boolean;
      readonly source: LegalSource;
    }
  | {
      readonly kind: 'revoked';
      readonly on: LocalDate;
      readonly decision: DecisionFacts;
      readonly grounds: ReadonlyArray<{ readonly point: string; readonly vi: string; readonly en: string }>;
      readonly finding: { readonly on: LocalDate; readonly body: string; readonly reference: string };
      readonly deadline?: LocalDate;
      readonly withinDeadline: boolean;
      readonly sources: ReadonlyArray<LegalSource>;
    }
  | {
      readonly kind: 'annulled';
      readonly on: LocalDate;
      readonly decision: DecisionFacts;
      readonly reason: string;
      readonly source: LegalSource;
    };

export interface CertificateFacts {
  readonly id: string;
  readonly dossierId: string;
  readonly stars: CertifiedStars;
  readonly ruleSet: RuleSetId;
  readonly issuedOn: LocalDate;
  readonly expiresOn: LocalDate;
  readonly validityMonths: number;
  readonly validitySources: ReadonlyArray<LegalSource>;
  readonly authority: { readonly level: Level; readonly title: string };
  readonly life: ReadonlyArray<LifeFacts>;
  /** Its status at the end of the trail (the `asOf` date, or the last event read). */
  readonly status: CertificateStatus;
}

export interface IntegrityFacts {
  readonly streams: number;
  readonly events: number;
  readonly broken: ReadonlyArray<{ readonly stream: string; readonly revision: number; readonly eventId: string; readonly reason: string }>;
}

/** A product's or a dossier's decision history, explained from its events. */
export interface Trail {
  readonly query: string;
  readonly lang: Lang;
  readonly asOf?: LocalDate;
  readonly product?: {
    readonly id: string;
    readonly name: string;
    readonly sheet: { readonly number: number; readonly name: string; readonly nameEn: string };
    readonly code?: string;
    readonly subject?: { readonly id: string; readonly name: string; readonly legalForm: string };
  };
  readonly dossiers: ReadonlyArray<DossierFacts>;
  readonly certificates: ReadonlyArray<CertificateFacts>;
  readonly integrity: IntegrityFacts;
}
