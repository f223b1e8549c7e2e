import { either as E } from 'fp-ts';
import { localDateOf, type Decider, type LocalDate } from '@ocop/kernel';
import { addWorkingDays, councilLevels, findSheet, governingRuleSet, ruleSetById, transitionalDecideBy, type Level } from '@ocop/rules';
import { conflict, forbidden, invalid, notFound, type DomainError } from '../shared/errors.js';
import {
  communeCheckSource,
  disqualificationSource,
  provincialIntakeSource,
  recognitionSource,
  transitionalSource,
} from '../shared/sources.js';
import type { DossierCommand } from './commands.js';
import type { DossierEvent } from './events.js';
import { evolveDossier } from './evolve.js';
import { fileDossier } from './filing.js';
import { initialDossierState, type DossierState, type OpenDossier, type Stage } from './state.js';

type Result = E.Either<DomainError, ReadonlyArray<DossierEvent>>;

const at = (d: OpenDossier, stages: ReadonlyArray<Stage>, action: string): DomainError | undefined =>
  stages.includes(d.stage)
    ? undefined
    : conflict('WrongStage', `the dossier is ${d.stage === 'closed' ? `closed (${d.closedAs ?? ''})` : d.stage}; it cannot ${action} now`);

/** The commune's deadline: 15 working days from receipt (Art. 7.2), when the calendar covers those days. */
const communeDeadline = (d: OpenDossier): { readonly deadline?: LocalDate } => {
  const days = ruleSetById(d.ruleSet).communeCheckWorkingDays?.value;
  if (days === undefined) return {};
  const deadline = addWorkingDays(d.filedOn, days);
  return E.isRight(deadline) ? { deadline: deadline.right } : {};
};

const one = (event: DossierEvent): Result => E.right([event]);

/** The first council level of the dossier's rule set (the district until QĐ 1489/2025, then the province). */
const firstCouncilLevel = (d: OpenDossier): Level | undefined => councilLevels(ruleSetById(d.ruleSet))[0];

const forward = (d: OpenDossier, command: Extract<DossierCommand, { type: 'ForwardDossier' }>): Result => {
  const { to, decision } = command.data;
  const ruleSet = ruleSetById(d.ruleSet);
  const needsCommune = ruleSet.levels.value.includes('commune');
  // From the commune (after its check) to the first council level.
  if (d.stage === 'communeChecked' || (!needsCommune && d.stage === 'filed')) {
    const first = firstCouncilLevel(d);
    if (to !== first)
      return E.left(
        invalid('WrongLevel', `the commune forwards to the ${first ?? 'first council'} level, not to ${to}`, {
          source: ruleSet.levels.source,
        }),
      );
    return one({ type: 'DossierForwarded', data: { dossierId: d.dossierId, from: d.level, ...command.data } });
  }
  // From a council level whose result goes up: the authority approves the result and sends it (Art. 7.3.e).
  if (d.stage === 'resultReceived' && d.outcome?.kind === 'forward') {
    if (to !== d.outcome.to) return E.left(invalid('WrongLevel', `the result goes to the ${d.outcome.to} level, not to ${to}`));
    if (!decision)
      return E.left(
        invalid('ApprovalRequired', `the ${d.level} authority approves the result before it goes to the ${to} level`, {
          source: recognitionSource,
        }),
      );
    if (decision.signer.level !== d.level)
      return E.left(
        forbidden('NotCompetentAuthority', `the result is approved by the ${d.level} authority, not a ${decision.signer.level} signer`, {
          source: recognitionSource,
        }),
      );
    return one({ type: 'DossierForwarded', data: { dossierId: d.dossierId, from: d.level, ...command.data } });
  }
  return E.left(conflict('WrongStage', `the dossier is ${d.stage}; nothing sends it to the ${to} level now`));
};

const decideOpen = (d: OpenDossier, command: Exclude<DossierCommand, { type: 'FileDossier' }>): Result => {
  const dossierId = d.dossierId;
  const fail = (e: DomainError | undefined): Result | undefined => (e ? E.left(e) : undefined);
  switch (command.type) {
    case 'AddEvidence':
      return (
        fail(
          at(d, ['filed', 'returnedToSubject', 'communeChecked', 'received', 'supplementRequested', 'intakeComplete'], 'take evidence'),
        ) ?? one({ type: 'EvidenceAdded', data: { dossierId, ...command.data } })
      );
    case 'CompleteCommuneCheck': {
      if (!ruleSetById(d.ruleSet).levels.value.includes('commune'))
        return E.left(invalid('NoCommuneCheck', `${d.ruleSet} has no commune check`, { source: ruleSetById(d.ruleSet).levels.source }));
      const { missing, complete } = command.data;
      if (!complete && (missing === undefined || missing.length === 0))
        return E.left(
          invalid('MissingItemsRequired', 'an incomplete dossier goes back to the subject with the list of what is missing', {
            source: communeCheckSource,
          }),
        );
      return (
        fail(at(d, ['filed'], 'be checked by the commune')) ??
        one({
          type: 'CommuneCheckCompleted',
          data: { dossierId, ...command.data, checkedOn: localDateOf(command.data.at), ...communeDeadline(d) },
        })
      );
    }
    case 'ForwardDossier':
      return forward(d, command);
    case 'CheckIntake': {
      const { missing, complete } = command.data;
      if (!complete && (missing === undefined || missing.length === 0))
        return E.left(
          invalid('MissingItemsRequired', 'a request for supplements lists what is missing', { source: provincialIntakeSource }),
        );
      return (
        fail(at(d, ['received'], 'be checked on intake')) ??
        one({ type: 'IntakeChecked', data: { dossierId, level: d.level, ...command.data } })
      );
    }
    case 'ProvideSupplement':
      return (
        fail(at(d, ['returnedToSubject', 'supplementRequested'], 'take a supplement')) ??
        one({ type: 'SupplementProvided', data: { dossierId, ...command.data } })
      );
    case 'RecordAdvisoryReview':
      return (
        fail(at(d, ['intakeComplete'], 'be reviewed by the advisory team')) ??
        one({ type: 'AdvisoryReviewRecorded', data: { dossierId, level: d.level, ...command.data } })
      );
    case 'DisqualifyDossier': {
      const stageError = at(
        d,
        ['filed', 'returnedToSubject', 'communeChecked', 'received', 'supplementRequested', 'intakeComplete'],
        'be disqualified',
      );
      if (stageError) return E.left(stageError);
      const sheet = findSheet(ruleSetById(d.ruleSet).sheets, d.sheet);
      const condition = sheet?.disqualifications.find((c) => c.id === command.data.condition);
      if (!condition)
        return E.left(
          invalid('UnknownDisqualification', `sheet ${d.sheet} has no disqualification condition "${command.data.condition}"`, {
            source: disqualificationSource,
            details: { conditions: sheet?.disqualifications.map((c) => c.id) ?? [] },
          }),
        );
      return one({ type: 'DossierDisqualified', data: { dossierId, ...command.data, conditionText: condition.text } });
    }
    case 'WithdrawDossier':
      return (
        fail(
          at(
            d,
            ['filed', 'returnedToSubject', 'communeChecked', 'received', 'supplementRequested', 'intakeComplete', 'resultReceived'],
            'be withdrawn',
          ),
        ) ?? one({ type: 'DossierWithdrawn', data: { dossierId, ...command.data } })
      );
    case 'ReceiveCouncilResult': {
      const stageError = at(d, ['intakeComplete'], 'receive a council result');
      if (stageError) return E.left(stageError);
      if (command.data.level !== d.level)
        return E.left(invalid('WrongLevel', `the dossier is at the ${d.level} level, the result is from the ${command.data.level} level`));
      return one({ type: 'CouncilResultReceived', data: { dossierId, ...command.data } });
    }
    case 'RecordDossierDecision':
      return fail(at(d, ['resultReceived'], 'be decided')) ?? one({ type: 'DossierDecided', data: { dossierId, ...command.data } });
    case 'LapseDossier': {
      if (d.stage === 'closed') return E.left(conflict('WrongStage', `the dossier is closed (${d.closedAs ?? ''})`));
      // Judged on the day given: Art. 12.2 binds a dossier filed before 22/05/2026 from that day on.
      const judged = governingRuleSet({ kind: d.kind, filedOn: d.filedOn, decidedOn: command.data.today });
      if (E.isLeft(judged) && judged.left._tag === 'TransitionalDeadlinePassed')
        return one({
          type: 'DossierLapsed',
          data: { dossierId, decideBy: judged.left.decideBy, at: command.data.at, by: command.data.by },
        });
      const decideBy = transitionalDecideBy(d.kind, d.filedOn);
      return E.left(
        conflict(
          'NotLapsed',
          decideBy === undefined ? 'only dossiers under the transitional rules lapse' : `the dossier may be decided until ${decideBy}`,
          { source: transitionalSource },
        ),
      );
    }
  }
};

/**
 * A dossier (hồ sơ) from filing to its close: the commune's check of the four contents within 15 working
 * days, forwarding, intake and supplements at each level, the advisory team's review, disqualification by
 * the sheet's conditions, withdrawal, council results and the decision.
 */
export const decideDossier = (command: DossierCommand, state: DossierState): Result => {
  if (command.type === 'FileDossier')
    return state.status === 'none'
      ? fileDossier(command)
      : E.left(conflict('DossierAlreadyFiled', `dossier ${state.dossierId} is already filed`));
  if (state.status === 'none') return E.left(notFound('DossierNotFiled', 'the dossier has not been filed'));
  return decideOpen(state, command);
};

export const dossierDecider: Decider<DossierCommand, DossierState, DossierEvent, DomainError> = {
  decide: decideDossier,
  evolve: evolveDossier,
  initialState: initialDossierState,
};

export const dossierStream = (dossierId: string): string => `Dossier-${dossierId}`;
