import { either as E } from 'fp-ts';
import type { LocalDate } from '@ocop/kernel';
import {
  addWorkingDays,
  cite,
  describeWorkingDayError,
  reEvaluationDecisionDeadline,
  roundFor,
  ruleSetById,
  type Level,
  type RuleSetId,
} from '@ocop/rules';
import type { DeadlineDoc } from './docs.js';

const open = (kind: DeadlineDoc['kind'], due: string | null, note: string | null, source: string): DeadlineDoc => ({
  kind,
  due,
  note,
  doneOn: null,
  source,
});

/**
 * The commune checks the dossier within 15 working days of receiving it (QĐ 26/2026 Art. 7.2), counted on
 * the civil service's calendar; the older acts set no such limit, and a day the calendar does not cover is
 * said, never guessed.
 */
export const communeCheckDeadline = (ruleSetId: RuleSetId, filedOn: LocalDate): DeadlineDoc => {
  const rule = ruleSetById(ruleSetId).communeCheckWorkingDays;
  if (!rule) return open('communeCheck', null, `${ruleSetId} sets no time limit for the commune check`, 'QĐ 26/2026/QĐ-TTg, Art. 7.2');
  const due = addWorkingDays(filedOn, rule.value);
  return E.isRight(due)
    ? open('communeCheck', due.right, null, cite(rule.source))
    : open('communeCheck', null, describeWorkingDayError(due.left), cite(rule.source));
};

/** The round a dossier proposed to a council level on `proposedOn` joins, and the day it must finish (QĐ 26/2026 Art. 5). */
export const roundCalendarDeadline = (ruleSetId: RuleSetId, level: Level, proposedOn: LocalDate): DeadlineDoc | undefined => {
  const rounds = ruleSetById(ruleSetId).rounds;
  if (!rounds) return undefined;
  const slot = roundFor(rounds.value, level, proposedOn);
  return slot
    ? open(
        'roundCalendar',
        slot.lastDay,
        `${level} round ${slot.round} of ${slot.year}, proposals until ${slot.lastProposalDay}`,
        cite(rounds.source),
      )
    : undefined;
};

/** A re-evaluation is decided within 45 days of its complete file (QĐ 26/2026 Art. 7.6.g). */
export const reEvaluationDeadline = (ruleSetId: RuleSetId, completeOn: LocalDate): DeadlineDoc | undefined => {
  const ruleSet = ruleSetById(ruleSetId);
  const due = reEvaluationDecisionDeadline(ruleSet, completeOn);
  return due && ruleSet.reEvaluation
    ? open('reEvaluationDecision', due, `file complete on ${completeOn}`, cite(ruleSet.reEvaluation.source))
    : undefined;
};

/** A dossier filed before 22/05/2026 is decided under the old rules by the day of Art. 12.2, or lapses. */
export const transitionalDeadline = (decideBy: LocalDate): DeadlineDoc =>
  open('transitionalDecision', decideBy, null, 'QĐ 26/2026/QĐ-TTg, Art. 12.2');

export const done = (
  deadlines: ReadonlyArray<DeadlineDoc>,
  kinds: ReadonlyArray<DeadlineDoc['kind']>,
  on: string,
): ReadonlyArray<DeadlineDoc> => deadlines.map((d) => (kinds.includes(d.kind) && d.doneOn === null ? { ...d, doneOn: on } : d));

/** The earliest last day of a step not yet done: what makes the dossier overdue first. */
export const nextDue = (deadlines: ReadonlyArray<DeadlineDoc>): string | null =>
  deadlines
    .filter((d) => d.doneOn === null && d.due !== null)
    .map((d) => d.due ?? '')
    .sort()[0] ?? null;
