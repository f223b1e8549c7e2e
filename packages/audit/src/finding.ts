import { cite, type LegalSource } from '@ocop/rules';
import type { Json } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';

/** The part of the checks a rule belongs to, in the order the report lists them. */
export type FindingGroup = 'integrity' | 'scoring' | 'decisions' | 'lifecycle';

/**
 * A breach is a record or a decision the rules forbid; a notice is something the record lacks that may only
 * be late (an expiry the scheduler has not recorded yet). Notices are reported but leave the history clean.
 */
export type FindingSeverity = 'breach' | 'notice';

const rule = (group: FindingGroup, what: string, severity: FindingSeverity = 'breach') => ({ group, what, severity });

/** Every rule the verification applies, with what breaking it means. */
export const findingRules = {
  // The record itself.
  HashChainBroken: rule(
    'integrity',
    "an event was deleted, inserted, reordered or changed after it was written: its stream's hash chain breaks there",
  ),
  UnreadableEvent: rule('integrity', 'a stored row no longer reads as an event (its JSON or metadata was damaged)'),
  UnknownStream: rule('integrity', 'a stream whose category is none of the OCOP aggregates nor the records of personal-data reads'),
  UndecodableEvent: rule('integrity', "an event that its aggregate's codec refuses: an unknown type, version or field"),
  FoldFailed: rule('integrity', "an event that its aggregate's decider cannot fold"),
  EventInWrongStream: rule('integrity', 'an event whose id field names another instance than its stream'),
  BusinessTimeMismatch: rule('integrity', "the metadata's business time differs from the time the event states"),
  StreamHeadMismatch: rule(
    'integrity',
    'a stream whose head recorded by a previous verification is no longer read as it was: events at its end were deleted or rewritten',
  ),
  // Scores.
  SheetWithoutAssignment: rule('scoring', 'a sheet submitted for a dossier the round was not scoring'),
  SheetCannotBeScored: rule('scoring', "a member's sheet whose answers do not fit the sheet of the pinned rule set"),
  SheetTotalsWrong: rule('scoring', "a member's sheet whose recorded totals or stars differ from its answers"),
  ResultDiffersFromRound: rule('scoring', 'an adopted result whose sheets, members or council rules are not those the round recorded'),
  ResultDoesNotRecompute: rule(
    'scoring',
    'an adopted result whose totals, mean, spread, quorum, minimums, band, star or outcome differ from the recomputation',
  ),
  QuorumNotMet: rule('scoring', "a result adopted without the quorum of the council's rules"),
  SpreadExceeded: rule('scoring', "a result adopted although the members' totals differ by more than the council's limit"),
  ResultSheetsInvalid: rule('scoring', 'a result adopted on sheets that cannot be scored, or scored by a non-member or a recused member'),
  NoCouncilAtLevel: rule('scoring', 'a result adopted at a level where the rule set has no council'),
  // Decisions.
  RecordedResultMismatch: rule(
    'decisions',
    "a council result copied to a product's certification or dossier that is not the one the round adopted",
  ),
  RecognitionWithoutBasis: rule(
    'decisions',
    'a recognition or refusal without an adopted council result of the same stars that leads to recognition',
  ),
  AlreadyDecided: rule('decisions', 'a second decision on a dossier already decided'),
  NotCompetentAuthority: rule(
    'decisions',
    'a recognition or certificate signed at another level than the authority competent for those stars',
  ),
  TransitionalDeadlinePassed: rule('decisions', 'a dossier filed before 22/05/2026 decided after the deadline of QĐ 26/2026 Art. 12.2'),
  RuleSetNotGoverning: rule('decisions', 'a decision pinned to another rule set than the one governing it'),
  NoRuleSetInForce: rule('decisions', 'a dossier filed or decided on a day no rule set covers'),
  DecidedBeforeFiled: rule('decisions', 'a decision dated before the dossier was filed'),
  UpgradeNotAchieved: rule('decisions', 'an upgrade recognised at or below the stars the product already held'),
  CertificateWithoutRecognition: rule(
    'decisions',
    'a certificate with no recognition of the same dossier, stars, rule set and date behind it',
  ),
  DuplicateCertificate: rule('decisions', 'a certificate number issued twice'),
  WrongExpiry: rule('decisions', 'a certificate whose expiry is not 36 months from its issue as the rules count them'),
  // What became of certificates.
  CertificateUnknown: rule('lifecycle', 'an event about a certificate that was never issued to this product'),
  CertificateAlreadyEnded: rule('lifecycle', 'an event about a certificate that was already superseded, expired, revoked or annulled'),
  ExpiredTooEarly: rule('lifecycle', 'an expiry recorded on or before the last valid day (the Art. 12.3 extension included)'),
  LastValidDayMisstated: rule('lifecycle', 'an expiry whose stated last valid day is not the one the rules give'),
  ExpiryNotRecorded: rule(
    'lifecycle',
    "a certificate past its last valid day on the history's last business day, with no expiry or other ending recorded",
    'notice',
  ),
  ReEvaluationOutsideWindow: rule('lifecycle', 'a re-evaluation filed outside the window of Art. 7.6.a and not under Art. 12.3'),
  CertificateSnapshotMismatch: rule(
    'lifecycle',
    "a dossier's statement of the product's current certificate that the certification history contradicts",
  ),
  RevocationLate: rule('lifecycle', 'a revocation decided more than 15 days after the finding (Art. 8.4)'),
  RevocationDeadlineMisstated: rule('lifecycle', 'a revocation whose recorded deadline or timeliness is not what the rules give'),
  RevocationGroundsInvalid: rule('lifecycle', 'a revocation without grounds, or on grounds the rule set does not have (Art. 8.1)'),
  DecidedBeforeFinding: rule('lifecycle', 'a revocation dated before the finding it rests on'),
  NotCompetentToRevoke: rule('lifecycle', 'a revocation signed at another level than the authority competent for those stars (Art. 8.2)'),
  NotCompetentToAnnul: rule('lifecycle', 'an annulment signed at another level than the competent authority (Art. 10.1.b)'),
} as const;

export type FindingRule = keyof typeof findingRules;

const isRule = (name: string): name is FindingRule => name in findingRules;

/** The rule names in catalogue order. */
export const findingRuleNames: ReadonlyArray<FindingRule> = Object.keys(findingRules).filter(isRule);

/**
 * One thing the history shows that the rules forbid: which rule, where (stream, event id, revision, type),
 * on what legal source, and a sentence a person can read. Details carry the figures compared.
 */
export interface Finding {
  readonly rule: FindingRule;
  /** Absent only for a row that no longer reads as an event, known by its position alone. */
  readonly stream?: string;
  readonly eventId?: string;
  readonly revision?: number;
  readonly eventType?: string;
  readonly position?: string;
  readonly message: string;
  readonly sources: ReadonlyArray<LegalSource>;
  readonly details?: Readonly<Record<string, Json>>;
}

/** What names an event in a finding. */
export type EventRef = Pick<RecordedEvent, 'stream' | 'eventId' | 'revision' | 'type'>;

/** A finding about one recorded event. */
export const findingAt = (
  event: EventRef,
  rule: FindingRule,
  message: string,
  sources: ReadonlyArray<LegalSource>,
  details?: Readonly<Record<string, Json>>,
): Finding => ({
  rule,
  stream: event.stream,
  eventId: event.eventId,
  revision: Number(event.revision),
  eventType: event.type,
  message,
  sources,
  ...(details === undefined ? {} : { details }),
});

/** The sources of a finding as one line: "QĐ 26/2026/QĐ-TTg (2026-05-22), Art. 8.4; …". */
export const citeAll = (sources: ReadonlyArray<LegalSource>): string => sources.map(cite).join('; ');
