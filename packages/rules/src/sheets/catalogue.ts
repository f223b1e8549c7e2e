import * as t from 'io-ts';
import { either as E, function as F } from 'fp-ts';
import { NonEmptyString, strict, decodeWith, type ValidationFailure } from '@ocop/kernel';
import { LegalSourceCodec } from '../provenance.js';
import { SheetCodec, criteriaOf, type Sheet } from './sheet.js';

/** Whether a catalogue reproduces the act's official sheets or stands in for sheets not available. */
export const ProvenanceCodec = strict(
  'CatalogueProvenance',
  { status: t.keyof({ official: null, provisional: null }), source: LegalSourceCodec, note: NonEmptyString },
  {},
);

/** A change made to extracted data, with its reason and the evidence for it. */
export const CorrectionCodec = strict(
  'Correction',
  { sheet: t.number, location: NonEmptyString, change: NonEmptyString, reason: NonEmptyString, evidence: NonEmptyString },
  {},
);
export type Correction = t.TypeOf<typeof CorrectionCodec>;

export const PartsMaximaCodec = strict('PartsMaxima', { A: t.number, B: t.number, C: t.number }, {});
export type PartsMaxima = t.TypeOf<typeof PartsMaximaCodec>;

/** A set of scoring sheets, as shipped with a rule set or loaded by a user from JSON. */
export const SheetCatalogueCodec = strict(
  'SheetCatalogue',
  {
    id: NonEmptyString,
    title: NonEmptyString,
    provenance: ProvenanceCodec,
    parts: PartsMaximaCodec,
    sheets: t.readonlyArray(SheetCodec),
  },
  { corrections: t.readonlyArray(CorrectionCodec) },
);
export type SheetCatalogue = t.TypeOf<typeof SheetCatalogueCodec>;

/** A broken invariant of a catalogue, located precisely enough to fix the data. */
export interface CatalogueError {
  readonly sheet?: number;
  readonly location: string;
  readonly message: string;
}

export interface CatalogueInvalid {
  readonly _tag: 'CatalogueInvalid';
  readonly catalogue: string;
  readonly errors: ReadonlyArray<CatalogueError>;
}

const TOTAL = 100;

const sheetErrors = (sheet: Sheet, parts: PartsMaxima): CatalogueError[] => {
  const errors: CatalogueError[] = [];
  const at = (location: string, message: string): void => void errors.push({ sheet: sheet.number, location, message });
  const codes = sheet.parts.map((p) => p.code).join('');
  if (codes !== 'ABC') at('parts', `parts must be A, B, C in that order; found ${codes || 'none'}`);
  let total = 0;
  for (const part of sheet.parts) {
    total += part.max;
    if (part.max !== parts[part.code]) at(`part ${part.code}`, `maximum ${part.max}, the rule set says ${parts[part.code]}`);
    const groupsSum = part.groups.reduce((n, g) => n + g.max, 0);
    if (groupsSum !== part.max) at(`part ${part.code}`, `groups sum to ${groupsSum}, not ${part.max}`);
    for (const group of part.groups) {
      const criteriaSum = group.criteria.reduce((n, c) => n + c.max, 0);
      if (criteriaSum !== group.max) at(`group ${group.code}`, `criteria sum to ${criteriaSum}, not ${group.max}`);
    }
  }
  if (total !== TOTAL) at('sheet', `parts sum to ${total}, not ${TOTAL}`);

  const criteria = criteriaOf(sheet);
  const position = new Map<string, number>();
  criteria.forEach((c, i) => {
    if (position.has(c.code)) at(`criterion ${c.code}`, 'code appears twice');
    position.set(c.code, i);
  });
  for (const c of criteria) {
    const where = `criterion ${c.code}`;
    if (c.max <= 0) at(where, `maximum must be positive, is ${c.max}`);
    if (c.kind === 'yesNo') {
      if (c.options.length > 0) at(where, 'a yes/no criterion has no printed options');
    } else {
      if (c.options.length === 0) at(where, 'a choice criterion needs at least one option');
      const best = Math.max(...c.options.map((o) => o.points));
      if (c.options.length > 0 && best !== c.max) at(where, `maximum ${c.max} but the best option gives ${best}`);
      c.options.forEach((o, i) => {
        if (o.points < 0) at(`${where} option ${i + 1}`, `negative points ${o.points}`);
        // Whole or half points keep every total and mean exact in binary arithmetic.
        if (!Number.isInteger(o.points * 2)) at(`${where} option ${i + 1}`, `points must be whole or half points, not ${o.points}`);
      });
      const markers = c.options.flatMap((o) => (o.minStars === undefined ? [] : [{ stars: o.minStars, points: o.points }]));
      const levels = markers.map((m) => m.stars);
      if (new Set(levels).size !== levels.length) at(where, 'two options carry the same star marker');
      for (const m of markers)
        for (const n of markers)
          if (m.stars < n.stars && m.points > n.points)
            at(where, `the ${m.stars}-star minimum (${m.points} points) is above the ${n.stars}-star minimum (${n.points})`);
    }
    if (c.appliesWhen) {
      const p = position.get(c.appliesWhen.criterion);
      if (p === undefined) at(where, `applies when ${c.appliesWhen.criterion}, which is not on the sheet`);
      else if (p >= (position.get(c.code) ?? 0)) at(where, `its condition ${c.appliesWhen.criterion} must come before it`);
    }
  }
  for (const k of sheet.knockOuts) {
    const stop = position.get(k.stopsFrom);
    if (stop === undefined) at(`knock-out ${k.id}`, `stops from ${k.stopsFrom}, which is not on the sheet`);
    if (k.trigger.kind === 'zeroOn')
      for (const code of k.trigger.criteria) {
        const p = position.get(code);
        if (p === undefined) at(`knock-out ${k.id}`, `triggered by ${code}, which is not on the sheet`);
        else if (stop !== undefined && p >= stop) at(`knock-out ${k.id}`, `trigger ${code} must come before ${k.stopsFrom}`);
      }
  }
  if (new Set(sheet.knockOuts.map((k) => k.id)).size !== sheet.knockOuts.length) at('knock-outs', 'two knock-outs share an id');
  for (const d of sheet.disqualifications)
    if (d.criterion !== undefined && !position.has(d.criterion))
      at(`disqualification ${d.id}`, `refers to ${d.criterion}, which is not on the sheet`);
  return errors;
};

/** Checks what a codec cannot: sums, maxima, markers and references between criteria. */
export const validateCatalogue = (catalogue: SheetCatalogue): E.Either<CatalogueInvalid, SheetCatalogue> => {
  const numbers = catalogue.sheets.map((s) => s.number);
  const duplicate = numbers.filter((n, i) => numbers.indexOf(n) !== i);
  const errors: CatalogueError[] = [
    ...duplicate.map((n) => ({ sheet: n, location: 'sheet', message: `sheet number ${n} appears twice` })),
    ...(catalogue.parts.A + catalogue.parts.B + catalogue.parts.C !== TOTAL
      ? [{ location: 'parts', message: `parts maxima must sum to ${TOTAL}` }]
      : []),
    ...catalogue.sheets.flatMap((s) => sheetErrors(s, catalogue.parts)),
  ];
  return errors.length === 0 ? E.right(catalogue) : E.left({ _tag: 'CatalogueInvalid', catalogue: catalogue.id, errors });
};

/** Reads a catalogue from parsed JSON: its shape first, then its invariants; every problem is reported. */
export const loadCatalogue = (input: unknown): E.Either<ValidationFailure | CatalogueInvalid, SheetCatalogue> =>
  F.pipe(decodeWith(SheetCatalogueCodec, 'sheet catalogue')(input), E.chainW(validateCatalogue));

export const findSheet = (catalogue: SheetCatalogue, number: number): Sheet | undefined =>
  catalogue.sheets.find((s) => s.number === number);
