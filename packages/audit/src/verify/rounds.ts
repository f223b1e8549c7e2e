import { either as E } from 'fp-ts';
import type { RecordedEvent } from '@ocop/eventstore';
import { describeScoringError, findSheet, ruleSetById, scoreSheet, type RuleSetId, type SheetScore } from '@ocop/rules';
import { councilSource, type DossierInRound, type OpenRoundState, type RoundEvent, type RoundState } from '@ocop/domain';
import { findingAt, type EventRef } from '../finding.js';
import { adoptedKey, type AuditContext } from './context.js';
import { describeDifferences, differenceDetails, differences, sameJson } from './differences.js';
import { recomputeResult } from './recompute.js';

type Sheet = Extract<RoundEvent, { type: 'SheetSubmitted' }>['data'];
type Result = Extract<RoundEvent, { type: 'ResultAdopted' }>['data'];

/** A submitted sheet waiting for its check: scored with its result when it is adopted, or on its own. */
interface PendingSheet {
  readonly event: EventRef;
  readonly sheet: Sheet;
  readonly ruleSet: RuleSetId;
  readonly sheetNumber: number;
}

const dossierIn = (round: RoundState, dossierId: string): { round: OpenRoundState; dossier: DossierInRound } | undefined => {
  if (round.status === 'none') return undefined;
  const dossier = round.dossiers.find((d) => d.dossierId === dossierId && d.status !== 'removed');
  return dossier && { round, dossier };
};

const refOf = (e: RecordedEvent): EventRef => ({ stream: e.stream, eventId: e.eventId, revision: e.revision, type: e.type });

/** A member's sheet against its score: totals, parts and stars as recorded at submission. */
const compareSheet = (ctx: AuditContext, p: PendingSheet, score: SheetScore): void => {
  const s = p.sheet;
  const ds = differences([
    ['total', s.total, score.total],
    ['parts', s.parts, score.parts],
    ['minimumStars', s.minimumStars, score.minimumStars],
    ['stars', s.stars, score.stars],
  ]);
  if (ds.length > 0)
    ctx.report(
      findingAt(
        p.event,
        'SheetTotalsWrong',
        `the sheet of ${s.person} on dossier ${s.dossierId} does not add up to what it records: ${describeDifferences(ds)}`,
        [ruleSetById(p.ruleSet).sheets.provenance.source],
        differenceDetails(ds),
      ),
    );
};

/** Scores a sheet on its own, on the dossier's sheet of its rule set. */
const scoreAlone = (ctx: AuditContext, p: PendingSheet): void => {
  const ruleSet = ruleSetById(p.ruleSet);
  const source = ruleSet.sheets.provenance.source;
  const sheet = findSheet(ruleSet.sheets, p.sheetNumber);
  if (!sheet) {
    ctx.report(findingAt(p.event, 'SheetCannotBeScored', `sheet ${p.sheetNumber} is not in ${ruleSet.sheets.id}`, [source]));
    return;
  }
  const scored = scoreSheet(ruleSet, sheet, p.sheet.input);
  if (E.isLeft(scored))
    ctx.report(
      findingAt(
        p.event,
        'SheetCannotBeScored',
        `the sheet of ${p.sheet.person} on dossier ${p.sheet.dossierId} cannot be scored on sheet ${sheet.number} of ${ruleSet.id}: ${scored.left.map(describeScoringError).join('; ')}`,
        [source],
      ),
    );
  else compareSheet(ctx, p, scored.right);
};

/** The adopted result is made of the round's own record: its sheets, members, rules and dossier. */
const checkAgainstRound = (ctx: AuditContext, recorded: RecordedEvent, r: Result, before: RoundState): void => {
  const at = dossierIn(before, r.dossierId);
  if (!at) {
    ctx.report(
      findingAt(recorded, 'ResultDiffersFromRound', `a result was adopted on dossier ${r.dossierId}, which this round was not scoring`, [
        councilSource,
      ]),
    );
    return;
  }
  const { round, dossier } = at;
  const eligible = round.council.members.map((m) => m.person).filter((p) => !dossier.recused.includes(p));
  const ds = differences([
    ['scoring', 'closed', dossier.status === 'scoringClosed' ? 'closed' : dossier.status],
    ['productId', r.productId, dossier.productId],
    ['ruleSet', r.ruleSet, dossier.ruleSet],
    ['sheet', r.sheet, dossier.sheet],
    ['kind', r.kind, dossier.kind],
    ['filedOn', r.filedOn, dossier.filedOn],
    ['mode', r.mode, dossier.mode],
    ['attempt', r.attempt, dossier.attempt],
    ['level', r.level, round.level],
    ['chair', r.chair, round.council.chair],
    ['rules', r.rules, round.council.rules],
    ['eligible', r.eligible, eligible],
    ['recused', r.recused, dossier.recused],
    [
      'sheets',
      r.sheets.map((s) => ({ person: s.person, input: s.input })),
      dossier.sheets.map((s) => ({ person: s.person, input: s.input })),
    ],
  ]);
  if (ds.length > 0)
    ctx.report(
      findingAt(
        recorded,
        'ResultDiffersFromRound',
        `the result adopted on dossier ${r.dossierId} is not made of what the round recorded: ${describeDifferences(ds)}`,
        [councilSource],
        differenceDetails(ds),
      ),
    );
};

/**
 * The checks of rounds: each member's sheet recomputed from its answers, each adopted result recomputed and
 * compared with the round's own record. A sheet is scored once: a submitted sheet whose answers an adopted
 * result repeats is checked against that result's recomputation; any other is scored on its own.
 */
export const roundChecks = () => {
  const pending = new Map<string, PendingSheet[]>();

  const settle = (ctx: AuditContext, key: string, adopted?: { readonly r: Result; readonly scores: ReadonlyArray<SheetScore> }): void => {
    for (const p of pending.get(key) ?? []) {
      const i =
        adopted && p.ruleSet === adopted.r.ruleSet && p.sheetNumber === adopted.r.sheet
          ? adopted.r.sheets.findIndex((s) => s.person === p.sheet.person && sameJson(s.input, p.sheet.input))
          : -1;
      const score = i >= 0 ? adopted?.scores[i] : undefined;
      if (score) compareSheet(ctx, p, score);
      else scoreAlone(ctx, p);
    }
    pending.delete(key);
  };

  const check = (ctx: AuditContext, recorded: RecordedEvent, event: RoundEvent, before: RoundState): void => {
    switch (event.type) {
      case 'SheetSubmitted': {
        const s = event.data;
        const at = dossierIn(before, s.dossierId);
        if (!at) {
          ctx.report(
            findingAt(
              recorded,
              'SheetWithoutAssignment',
              `${s.person} submitted a sheet for dossier ${s.dossierId}, which this round was not scoring`,
              [councilSource],
            ),
          );
          return;
        }
        ctx.count('sheetsRecomputed');
        const key = adoptedKey(s.roundId, s.dossierId);
        const list = pending.get(key) ?? [];
        list.push({ event: refOf(recorded), sheet: s, ruleSet: at.dossier.ruleSet, sheetNumber: at.dossier.sheet });
        pending.set(key, list);
        return;
      }
      case 'ResultAdopted': {
        const r = event.data;
        checkAgainstRound(ctx, recorded, r, before);
        const scores = recomputeResult(ctx, recorded, r);
        settle(ctx, adoptedKey(r.roundId, r.dossierId), scores && { r, scores });
        ctx.adopted.set(adoptedKey(r.roundId, r.dossierId), {
          productId: r.productId,
          ruleSet: r.ruleSet,
          kind: r.kind,
          filedOn: r.filedOn,
          level: r.level,
          sheet: r.sheet,
          mean: r.mean,
          stars: r.stars,
          outcome: r.outcome,
        });
        return;
      }
      case 'DossierRemovedFromRound':
        return settle(ctx, adoptedKey(event.data.roundId, event.data.dossierId));
      default:
        return;
    }
  };

  return {
    check,
    /** A round's state without the sheets of results already checked: nothing later needs them. */
    keep: (after: RoundState, event: RoundEvent): RoundState => {
      if (after.status === 'none' || (event.type !== 'ResultAdopted' && event.type !== 'DossierRemovedFromRound')) return after;
      const id = event.data.dossierId;
      return { ...after, dossiers: after.dossiers.map((d) => (d.dossierId === id && d.sheets.length > 0 ? { ...d, sheets: [] } : d)) };
    },
    /** Scores the sheets of dossiers whose result was never adopted. */
    finish: (ctx: AuditContext): void => {
      for (const key of [...pending.keys()]) settle(ctx, key);
    },
  };
};
