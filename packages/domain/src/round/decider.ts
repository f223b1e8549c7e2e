import { either as E } from 'fp-ts';
import { addDays, localDateOf, parseLocalDate, type Decider, type LocalDate } from '@ocop/kernel';
import { councilLevels, describeScoringError, findSheet, ruleSetById, ruleSetForFilingOn, scoreSheet } from '@ocop/rules';
import { conflict, forbidden, invalid, notFound, type DomainError } from '../shared/errors.js';
import { councilSource } from '../shared/sources.js';
import type { PersonId } from '../shared/ids.js';
import type { RoundCommand } from './commands.js';
import { computeResult, storedOutcome, type ResultProblem } from './council-result.js';
import type { RoundEvent } from './events.js';
import { evolveRound } from './evolve.js';
import { initialRoundState, type DossierInRound, type OpenRoundState, type RoundState } from './state.js';

type Result = E.Either<DomainError, ReadonlyArray<RoundEvent>>;

const problem = (p: ResultProblem): DomainError => {
  switch (p._tag) {
    case 'QuorumNotMet':
      return conflict(
        'QuorumNotMet',
        `${p.present} of ${p.eligible} eligible members scored; the quorum is ${p.required}${p.chairRequired && !p.chairPresent ? ', with the chair' : ''}`,
        {
          source: councilSource,
          details: { ...p },
        },
      );
    case 'NoCouncilAtLevel':
      return invalid('NoCouncilAtLevel', `${p.ruleSet} has no council at ${p.level} level`);
    case 'UnknownSheet':
      return invalid('UnknownSheet', `sheet ${p.sheet} is not in the dossier's rule set`);
    case 'SheetInvalid':
      return invalid('SheetInvalid', `sheets of ${p.sheets.map((s) => s.member).join(', ')} cannot be scored`, {
        details: { sheets: p.sheets },
      });
    case 'NotAMember':
    case 'RecusedMemberScored':
    case 'DuplicateSheet':
      return invalid(p._tag, `${p.member} cannot score this dossier`);
    case 'SpreadExceeded':
      return conflict('SpreadExceeded', `totals differ by ${p.spread} points, more than ${p.limit}`, { source: councilSource });
  }
};

const dossierIn = (round: OpenRoundState, dossierId: string): E.Either<DomainError, DossierInRound> => {
  const d = round.dossiers.find((x) => x.dossierId === dossierId && x.status !== 'removed');
  return d ? E.right(d) : E.left(notFound('DossierNotInRound', `dossier ${dossierId} is not in round ${round.roundId}`));
};

const scoring = (d: DossierInRound): E.Either<DomainError, DossierInRound> =>
  d.status === 'scoring'
    ? E.right(d)
    : E.left(conflict('ScoringNotOpen', `scoring of dossier ${d.dossierId} is ${d.status === 'scoringClosed' ? 'closed' : d.status}`));

const asChair = (round: OpenRoundState, person: PersonId): DomainError | undefined =>
  person === round.council.chair
    ? undefined
    : forbidden('NotTheChair', `${person} is not the chair of this council`, { source: councilSource });

const isMember = (round: OpenRoundState, person: PersonId): boolean => round.council.members.some((m) => m.person === person);

/**
 * The last day of a round of `year` that must finish "trước ngày" `finishBefore` (MM-DD): the day before that
 * date of the round's own year, as `roundFor` of the rules package reads "trước ngày". The year is the round's,
 * not the day it is opened: a round is usually opened after its proposals have arrived.
 */
const lastDayOfRound = (year: number, finishBefore: string): LocalDate | undefined => {
  const end = parseLocalDate(`${year}-${finishBefore}`);
  return end === undefined ? undefined : addDays(end, -1);
};

const open = (command: Extract<RoundCommand, { type: 'OpenRound' }>): Result => {
  const d = command.data;
  if (!d.council.members.some((m) => m.person === d.council.chair))
    return E.left(invalid('ChairNotAMember', 'the chair is not among the members'));
  if (!Number.isInteger(d.number) || d.number < 1) return E.left(invalid('InvalidRoundNumber', `round number ${d.number} is not 1, 2, …`));
  if (!Number.isInteger(d.year) || d.year < 1000 || d.year > 9999)
    return E.left(invalid('InvalidRoundYear', `${d.year} is not a year of four digits`));
  const ruleSet = ruleSetForFilingOn(localDateOf(d.at));
  if (!ruleSet) return E.left(invalid('NoRuleSetInForce', `no rule set was in force on ${localDateOf(d.at)}`));
  if (!councilLevels(ruleSet).includes(d.level))
    return E.left(invalid('NoCouncilAtLevel', `${ruleSet.id} has no council at ${d.level} level`, { source: ruleSet.levels.source }));
  // QĐ 26/2026 Art. 5: rounds 1 and 2 of a year end on fixed dates of that year; extra rounds end when their plan says.
  const calendar = ruleSet.rounds?.value;
  const slot = !d.extra && calendar ? calendar[d.level]?.find((r) => r.round === d.number) : undefined;
  const lastDay = slot ? lastDayOfRound(d.year, slot.finishBefore) : d.lastDay;
  return E.right([{ type: 'RoundOpened', data: { ...d, ...(lastDay === undefined ? {} : { lastDay }) } }]);
};

const assign = (round: OpenRoundState, command: Extract<RoundCommand, { type: 'AssignDossier' }>): Result => {
  const d = command.data;
  if (round.dossiers.some((x) => x.dossierId === d.dossierId && x.status !== 'removed'))
    return E.left(conflict('DossierAlreadyInRound', `dossier ${d.dossierId} is already in this round`));
  const ruleSet = ruleSetById(d.ruleSet);
  if (!councilLevels(ruleSet).includes(round.level))
    return E.left(
      invalid('NoCouncilAtLevel', `a ${d.ruleSet} dossier is not scored at ${round.level} level`, { source: ruleSet.levels.source }),
    );
  if (!findSheet(ruleSet.sheets, d.sheet)) return E.left(invalid('UnknownSheet', `sheet ${d.sheet} is not in ${ruleSet.sheets.id}`));
  const writtenOpinions =
    d.kind === 'reEvaluation' && ruleSet.reEvaluation?.value.writtenOpinions === true && round.council.rules.writtenOpinionsForReEvaluation;
  return E.right([
    { type: 'DossierAssigned', data: { roundId: round.roundId, ...d, mode: writtenOpinions ? 'writtenOpinions' : 'meeting' } },
  ]);
};

const decideOpen = (round: OpenRoundState, command: Exclude<RoundCommand, { type: 'OpenRound' }>): Result => {
  const roundId = round.roundId;
  if (round.status === 'closed') return E.left(conflict('RoundClosed', `round ${roundId} is closed`));
  switch (command.type) {
    case 'AssignDossier':
      return assign(round, command);
    case 'DeclareConflict': {
      const { person, dossierId } = command.data;
      if (!isMember(round, person)) return E.left(forbidden('NotAMember', `${person} is not a member of this council`));
      return E.chain((d: DossierInRound): Result => {
        if (d.recused.includes(person)) return E.left(conflict('AlreadyRecused', `${person} is already recused from ${dossierId}`));
        if (d.sheets.some((s) => s.person === person))
          return E.left(conflict('AlreadyScored', `${person} has already scored ${dossierId}`));
        return E.right([{ type: 'MemberRecused', data: { roundId, ...command.data } }]);
      })(E.chain(scoring)(dossierIn(round, dossierId)));
    }
    case 'SubmitSheet': {
      const { person, dossierId, input } = command.data;
      if (!isMember(round, person)) return E.left(forbidden('NotAMember', `${person} is not a member of this council`));
      return E.chain((d: DossierInRound): Result => {
        if (d.recused.includes(person)) return E.left(forbidden('Recused', `${person} declared a conflict on ${dossierId}`));
        const ruleSet = ruleSetById(d.ruleSet);
        const sheet = findSheet(ruleSet.sheets, d.sheet);
        if (!sheet) return E.left(invalid('UnknownSheet', `sheet ${d.sheet} is not in ${ruleSet.sheets.id}`));
        const scored = scoreSheet(ruleSet, sheet, input);
        if (E.isLeft(scored))
          return E.left(
            invalid('SheetCannotBeScored', scored.left.map(describeScoringError).join('; '), { details: { errors: scored.left } }),
          );
        const s = scored.right;
        return E.right([
          {
            type: 'SheetSubmitted',
            data: {
              ...command.data,
              roundId,
              attempt: d.attempt,
              total: s.total,
              parts: s.parts,
              minimumStars: s.minimumStars,
              stars: s.stars,
            },
          },
        ]);
      })(E.chain(scoring)(dossierIn(round, dossierId)));
    }
    case 'CloseScoring': {
      const notChair = asChair(round, command.data.chair);
      if (notChair) return E.left(notChair);
      const { at, by, dossierId } = command.data;
      return E.chain((d: DossierInRound): Result => {
        const result = computeResult(round, d);
        if (E.isRight(result)) return E.right([{ type: 'ScoringClosed', data: { roundId, dossierId, attempt: d.attempt, at, by } }]);
        const p = result.left;
        if (p._tag !== 'SpreadExceeded') return E.left(problem(p));
        // Beyond the spread the council scores again (or meets, after written opinions): a new attempt.
        return E.right([
          {
            type: 'RescoringRequested',
            data: {
              roundId,
              dossierId,
              attempt: d.attempt,
              spread: p.spread,
              limit: p.limit,
              lowest: { person: p.lowest.member, total: p.lowest.total },
              highest: { person: p.highest.member, total: p.highest.total },
              action: p.action,
              at,
              by,
            },
          },
        ]);
      })(E.chain(scoring)(dossierIn(round, dossierId)));
    }
    case 'AdoptResult': {
      const notChair = asChair(round, command.data.chair);
      if (notChair) return E.left(notChair);
      const { at, by, dossierId } = command.data;
      return E.chain((d: DossierInRound): Result => {
        if (d.status === 'adopted') return E.left(conflict('ResultAlreadyAdopted', `the result of ${dossierId} is already adopted`));
        if (d.status !== 'scoringClosed')
          return E.left(conflict('ScoringNotClosed', `close the scoring of ${dossierId} before adopting its result`));
        const computed = computeResult(round, d);
        if (E.isLeft(computed)) return E.left(problem(computed.left));
        const r = computed.right;
        return E.right([
          {
            type: 'ResultAdopted',
            data: {
              roundId,
              dossierId,
              productId: d.productId,
              ruleSet: d.ruleSet,
              sheet: d.sheet,
              kind: d.kind,
              filedOn: d.filedOn,
              level: round.level,
              mode: d.mode,
              attempt: d.attempt,
              chair: round.council.chair,
              eligible: round.council.members.map((m) => m.person).filter((p) => !d.recused.includes(p)),
              recused: d.recused,
              rules: round.council.rules,
              sheets: d.sheets.flatMap((s) => {
                const score = r.sheets.find((x) => x.member === s.person)?.score;
                return score
                  ? [
                      {
                        person: s.person,
                        input: s.input,
                        total: score.total,
                        parts: score.parts,
                        minimumStars: score.minimumStars,
                        stars: score.stars,
                      },
                    ]
                  : [];
              }),
              sum: r.sum,
              count: r.count,
              mean: r.mean,
              spread: r.spread,
              quorum: r.quorum,
              bandStars: r.bandStars,
              minimumStars: r.minimumStars,
              stars: r.stars,
              blocking: r.blocking.map((b) => ({
                criterion: b.criterion,
                forStars: b.required.stars,
                requiredPoints: b.required.points,
                sheetsMeeting: b.sheetsMeeting,
              })),
              outcome: storedOutcome(r.outcome),
              at,
              by,
            },
          },
        ]);
      })(dossierIn(round, dossierId));
    }
    case 'RemoveDossierFromRound':
      return E.chain((d: DossierInRound): Result =>
        d.status === 'adopted'
          ? E.left(conflict('ResultAlreadyAdopted', `the result of ${d.dossierId} is adopted; it cannot leave the round`))
          : E.right([{ type: 'DossierRemovedFromRound', data: { roundId, ...command.data } }]),
      )(dossierIn(round, command.data.dossierId));
    case 'CloseRound': {
      const notChair = asChair(round, command.data.chair);
      if (notChair) return E.left(notChair);
      const pending = round.dossiers.filter((d) => d.status !== 'adopted' && d.status !== 'removed');
      if (pending.length > 0)
        return E.left(conflict('DossiersPending', `dossiers without an adopted result: ${pending.map((d) => d.dossierId).join(', ')}`));
      const { at, by } = command.data;
      return E.right([
        { type: 'RoundClosed', data: { roundId, adopted: round.dossiers.filter((d) => d.status === 'adopted').length, at, by } },
      ]);
    }
  }
};

/**
 * An evaluation round (đợt đánh giá) of one council: dossiers assigned, conflicts declared, sealed sheets,
 * re-scoring beyond the spread limit, and the adopted result with everything needed to recompute it.
 * Written opinions replace the meeting for re-evaluations (QĐ 26/2026 Art. 7.6.d).
 */
export const decideRound = (command: RoundCommand, state: RoundState): Result => {
  if (command.type === 'OpenRound')
    return state.status === 'none' ? open(command) : E.left(conflict('RoundAlreadyOpened', `round ${state.roundId} already exists`));
  if (state.status === 'none') return E.left(notFound('RoundNotOpened', 'the round has not been opened'));
  return decideOpen(state, command);
};

export const roundDecider: Decider<RoundCommand, RoundState, RoundEvent, DomainError> = {
  decide: decideRound,
  evolve: evolveRound,
  initialState: initialRoundState,
};

export const roundStream = (roundId: string): string => `Round-${roundId}`;
