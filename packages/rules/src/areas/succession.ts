import { either as E } from 'fp-ts';
import { addDays, isWithin, type LocalDate } from '@ocop/kernel';
import { tanhLinhSuccessions, tanhLinhUnits } from './tanh-linh.js';
import type { AdminUnit, Portion, Succession } from './unit.js';

/** Why a unit cannot be named. */
export type AreaError =
  | { readonly _tag: 'UnknownUnitCode'; readonly code: string }
  /** The code names units, but none of them on that day. */
  | {
      readonly _tag: 'NotInForce';
      readonly code: string;
      readonly day: LocalDate;
      readonly spans: ReadonlyArray<{ readonly name: string; readonly from: LocalDate; readonly until?: LocalDate }>;
    }
  /** The unit ended and no successor is recorded. */
  | { readonly _tag: 'NoSuccessor'; readonly code: string; readonly name: string; readonly lastDay: LocalDate };

export const describeAreaError = (e: AreaError): string => {
  switch (e._tag) {
    case 'UnknownUnitCode':
      return `no administrative unit with code ${e.code} is recorded`;
    case 'NotInForce':
      return `code ${e.code} names no unit on ${e.day}; it named ${e.spans
        .map((s) => `${s.name} from ${s.from}${s.until === undefined ? '' : ` to ${s.until}`}`)
        .join(', ')}`;
    case 'NoSuccessor':
      return `${e.name} (${e.code}) ended on ${e.lastDay} and no successor is recorded`;
  }
};

/** A unit that merged into another, directly or through earlier mergers. */
export interface Predecessor {
  readonly unit: AdminUnit;
  /** The day its territory passed on. */
  readonly on: LocalDate;
  /** 'part' when only part of it reached the unit asked about, at any step. */
  readonly portion: Portion;
}

/** The units and successions held: the worked example, Tánh Linh and the provinces merged into Lâm Đồng. */
export const administrativeUnits: ReadonlyArray<AdminUnit> = tanhLinhUnits;
export const successions: ReadonlyArray<Succession> = tanhLinhSuccessions;

const versionsOf = (code: string): ReadonlyArray<AdminUnit> =>
  administrativeUnits.filter((u) => u.code === code).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1));

const inForceOn = (unit: AdminUnit, day: LocalDate): boolean => isWithin(day, unit.validFrom, unit.validUntil);

const notInForce = (code: string, day: LocalDate, versions: ReadonlyArray<AdminUnit>): AreaError => ({
  _tag: 'NotInForce',
  code,
  day,
  spans: versions.map((u) => ({ name: u.name, from: u.validFrom, ...(u.validUntil === undefined ? {} : { until: u.validUntil }) })),
});

/** The unit that bore `code` on `day`. */
export const unitOn = (code: string, day: LocalDate): E.Either<AreaError, AdminUnit> => {
  const versions = versionsOf(code);
  if (versions.length === 0) return E.left({ _tag: 'UnknownUnitCode', code });
  const unit = versions.find((u) => inForceOn(u, day));
  return unit ? E.right(unit) : E.left(notInForce(code, day, versions));
};

const sameUnit = (a: AdminUnit, b: AdminUnit): boolean => a.code === b.code && a.validFrom === b.validFrom;

const followTo = (unit: AdminUnit, asOf: LocalDate): E.Either<AreaError, ReadonlyArray<AdminUnit>> => {
  if (inForceOn(unit, asOf)) return E.right([unit]);
  if (unit.validUntil === undefined || unit.validUntil >= asOf) return E.left(notInForce(unit.code, asOf, [unit]));
  const next = addDays(unit.validUntil, 1);
  const steps = successions.filter((s) => s.from === unit.code && s.on === next);
  if (steps.length === 0) return E.left({ _tag: 'NoSuccessor', code: unit.code, name: unit.name, lastDay: unit.validUntil });
  const found: AdminUnit[] = [];
  for (const step of steps) {
    const reached = E.flatMap(unitOn(step.to, step.on), (successor) => followTo(successor, asOf));
    if (E.isLeft(reached)) return reached;
    for (const u of reached.right) if (!found.some((f) => sameUnit(f, u))) found.push(u);
  }
  return E.right(found);
};

/**
 * The units in force on `asOf` that hold the territory of the unit coded `code`, following mergers forward.
 * Which unit the code means: the one in force on `recordedOn` when given (e.g. the day a product code was
 * issued); otherwise the one in force on `asOf`, or else the last one that ended before it.
 */
export const successorsOf = (code: string, asOf: LocalDate, recordedOn?: LocalDate): E.Either<AreaError, ReadonlyArray<AdminUnit>> => {
  const versions = versionsOf(code);
  if (versions.length === 0) return E.left({ _tag: 'UnknownUnitCode', code });
  if (recordedOn !== undefined) return E.flatMap(unitOn(code, recordedOn), (unit) => followTo(unit, asOf));
  const current = versions.find((u) => inForceOn(u, asOf));
  if (current) return E.right([current]);
  const ended = versions.filter((u) => u.validUntil !== undefined && u.validUntil < asOf).pop();
  return ended ? followTo(ended, asOf) : E.left(notInForce(code, asOf, versions));
};

const collectPredecessors = (unit: AdminUnit, portion: Portion, into: Predecessor[]): void => {
  const day = unit.validFrom;
  for (const step of successions.filter((s) => s.to === unit.code && s.on === day)) {
    const former = versionsOf(step.from).find((u) => inForceOn(u, addDays(day, -1)));
    // A missing former unit would be a gap in the data, which the areas tests rule out.
    if (!former || into.some((p) => sameUnit(p.unit, former))) continue;
    const reached: Portion = portion === 'part' || step.portion === 'part' ? 'part' : 'whole';
    into.push({ unit: former, on: day, portion: reached });
    collectPredecessors(former, reached, into);
  }
};

/**
 * Every unit that merged into the unit coded `code`, however many mergers back, so that a search by today's
 * province or commune also finds what was recorded under older codes. The unit is the one in force on
 * `asOf` when given, otherwise the latest to bear the code.
 */
export const predecessorsOf = (code: string, asOf?: LocalDate): E.Either<AreaError, ReadonlyArray<Predecessor>> => {
  const versions = versionsOf(code);
  const latest = versions[versions.length - 1];
  if (latest === undefined) return E.left({ _tag: 'UnknownUnitCode', code });
  const unit = asOf === undefined ? E.right(latest) : unitOn(code, asOf);
  if (E.isLeft(unit)) return unit;
  const found: Predecessor[] = [];
  collectPredecessors(unit.right, 'whole', found);
  return E.right(found);
};
