import { either as E, readonlyArray as RA, type readonlyNonEmptyArray as RNEA } from 'fp-ts';
import type { RuleSet } from '../rule-set.js';
import type { PartCode, Sheet } from '../sheets/sheet.js';
import { minStars, type CertifiedStars, type MinimumLevel, type Stars } from '../stars.js';
import { bandOf } from './bands.js';
import type { ScoringError } from './errors.js';
import type { SheetInput } from './input.js';
import { indexSheet, type IndexedCriterion, type Requirement } from './sheet-index.js';

/** Why a criterion scored nothing without being answered. */
export type NotAssessed =
  { readonly reason: 'knockOut'; readonly knockOut: string } | { readonly reason: 'notApplicable'; readonly condition: string };

export interface CriterionScore {
  readonly code: string;
  readonly points: number;
  /** The ticked option's position (1-based), or for a yes/no criterion 1 (met) or 0; absent when not assessed. */
  readonly answer?: number;
  readonly notAssessed?: NotAssessed;
}

/** A criterion that does not reach a star level's minimum on this sheet. */
export interface UnmetMinimum {
  readonly criterion: string;
  readonly title: string;
  readonly points: number;
  readonly answer?: number;
  readonly required: Requirement;
}

export interface SheetScore {
  readonly sheet: number;
  readonly total: number;
  readonly parts: Readonly<Record<PartCode, number>>;
  readonly criteria: ReadonlyArray<CriterionScore>;
  /** Knock-outs that stopped the assessment, declared or triggered by a zero. */
  readonly knockOuts: ReadonlyArray<string>;
  /** The class of this sheet's total alone. */
  readonly bandStars: Stars;
  /** The highest level whose minimum markers this sheet meets (2: not even the 3-star minimums). */
  readonly minimumStars: MinimumLevel;
  readonly stars: Stars;
  /** For 3, 4 and 5 stars, the criteria below that level's minimum. */
  readonly unmet: Readonly<Record<CertifiedStars, ReadonlyArray<UnmetMinimum>>>;
}

const allowedAnswers = (c: IndexedCriterion): string =>
  c.kind === 'yesNo' ? '0 (not met) or 1 (met)' : c.options.length === 1 ? '1' : `1 to ${c.options.length}`;

const pointsFor = (c: IndexedCriterion, answer: number): number | undefined => {
  if (!Number.isInteger(answer)) return undefined;
  if (c.kind === 'yesNo') return answer === 1 ? c.max : answer === 0 ? 0 : undefined;
  return c.options[answer - 1]?.points;
};

/** The highest minimum level met, given each level's unmet criteria. */
export const minimumLevelOf = (unmet: Readonly<Record<CertifiedStars, ReadonlyArray<unknown>>>): MinimumLevel =>
  unmet[5].length === 0 ? 5 : unmet[4].length === 0 ? 4 : unmet[3].length === 0 ? 3 : 2;

/**
 * Scores one evaluator's sheet: part totals, the total, and the highest star level whose minimum markers
 * (***, ****, *****) are all reached. Criteria after a knock-out, and conditional criteria whose condition
 * fails, score nothing and need no answer. Every problem with the answers is reported, not only the first.
 */
export const scoreSheet = (
  ruleSet: RuleSet,
  sheet: Sheet,
  input: SheetInput,
): E.Either<RNEA.ReadonlyNonEmptyArray<ScoringError>, SheetScore> => {
  const index = indexSheet(sheet);
  const errors: ScoringError[] = [];
  for (const code of Object.keys(input.answers)) if (!index.byCode.has(code)) errors.push({ _tag: 'UnknownCriterion', criterion: code });

  const declared = input.knockOuts ?? [];
  const knownKnockOuts = sheet.knockOuts.map((k) => k.id);
  for (const id of declared)
    if (!sheet.knockOuts.some((k) => k.id === id && k.trigger.kind === 'declared'))
      errors.push({ _tag: 'UnknownKnockOut', knockOut: id, known: knownKnockOuts });

  const triggered: string[] = [];
  let stopAt = Number.POSITIVE_INFINITY;
  let stoppedBy = '';
  const stop = (id: string, from: string): void => {
    const position = index.byCode.get(from)?.position ?? Number.POSITIVE_INFINITY;
    triggered.push(id);
    if (position < stopAt) [stopAt, stoppedBy] = [position, id];
  };
  for (const k of sheet.knockOuts) if (k.trigger.kind === 'declared' && declared.includes(k.id)) stop(k.id, k.stopsFrom);

  const points = new Map<string, number>();
  const scores: CriterionScore[] = [];
  for (const c of index.criteria) {
    if (c.position >= stopAt) {
      points.set(c.code, 0);
      scores.push({ code: c.code, points: 0, notAssessed: { reason: 'knockOut', knockOut: stoppedBy } });
      continue;
    }
    if (c.appliesWhen && (points.get(c.appliesWhen.criterion) ?? 0) < c.appliesWhen.minPoints) {
      points.set(c.code, 0);
      scores.push({ code: c.code, points: 0, notAssessed: { reason: 'notApplicable', condition: c.appliesWhen.text } });
      continue;
    }
    const answer = input.answers[c.code];
    if (answer === undefined) {
      errors.push({ _tag: 'MissingAnswer', criterion: c.code, title: c.title });
      continue;
    }
    const p = pointsFor(c, answer);
    if (p === undefined) {
      errors.push({ _tag: 'ImpossibleOption', criterion: c.code, given: answer, allowed: allowedAnswers(c) });
      continue;
    }
    points.set(c.code, p);
    scores.push({ code: c.code, points: p, answer });
    for (const k of sheet.knockOuts)
      if (k.trigger.kind === 'zeroOn' && p === 0 && k.trigger.criteria.includes(c.code) && !triggered.includes(k.id))
        stop(k.id, k.stopsFrom);
  }
  if (RA.isNonEmpty(errors)) return E.left(errors);

  const parts: Record<PartCode, number> = { A: 0, B: 0, C: 0 };
  for (const c of index.criteria) parts[c.part] += points.get(c.code) ?? 0;
  const total = parts.A + parts.B + parts.C;

  const unmetFor = (stars: CertifiedStars): UnmetMinimum[] =>
    index.criteria.flatMap((c) => {
      const required = c.requirements[stars];
      const got = points.get(c.code) ?? 0;
      if (!required || got >= required.points) return [];
      const answer = input.answers[c.code];
      const assessed = scores[c.position]?.notAssessed === undefined;
      return [{ criterion: c.code, title: c.title, points: got, ...(assessed && answer !== undefined ? { answer } : {}), required }];
    });
  const unmet = { 3: unmetFor(3), 4: unmetFor(4), 5: unmetFor(5) };
  const bandStars = bandOf(ruleSet, total);
  const minimumStars = minimumLevelOf(unmet);
  return E.right({
    sheet: sheet.number,
    total,
    parts,
    criteria: scores,
    knockOuts: triggered,
    bandStars,
    minimumStars,
    stars: minStars(bandStars, minimumStars),
    unmet,
  });
};

/** The next level that has minimum markers: 3 for a product not yet certifiable, none above 5. */
export const nextCertifiedLevel = (stars: Stars): CertifiedStars | undefined => {
  switch (stars) {
    case 1:
    case 2:
      return 3;
    case 3:
      return 4;
    case 4:
      return 5;
    case 5:
      return undefined;
  }
};

/** The criteria whose minimum keeps a result below the next star (none at 5 stars). */
export const blockingFor = (
  stars: Stars,
  unmet: Readonly<Record<CertifiedStars, ReadonlyArray<UnmetMinimum>>>,
): ReadonlyArray<UnmetMinimum> => {
  const next = nextCertifiedLevel(stars);
  return next === undefined ? [] : unmet[next];
};
