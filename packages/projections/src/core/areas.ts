import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { predecessorsOf } from '@ocop/rules';
import type { Condition } from './condition.js';

/** Administrative codes as recorded with a fact (never rewritten): province, commune, and the district before 2025. */
export const AreaDoc = t.intersection([t.type({ province: t.string, commune: t.string }), t.partial({ district: t.string })]);
export type AreaDoc = t.TypeOf<typeof AreaDoc>;

export type AreaLevel = 'province' | 'district' | 'commune';
const prefix: Readonly<Record<AreaLevel, string>> = { province: 'p', district: 'd', commune: 'c' };

const tag = (level: AreaLevel, code: string): string => ` ${prefix[level]}:${code} `;

/** The codes of recorded areas as one searchable column: " p:60  d:599  c:23176 ". */
export const areaTags = (areas: ReadonlyArray<AreaDoc>): string => {
  const tags = new Set<string>();
  for (const a of areas) {
    tags.add(tag('province', a.province));
    tags.add(tag('commune', a.commune));
    if (a.district !== undefined) tags.add(tag('district', a.district));
  }
  return [...tags].sort().join('');
};

export const sameArea = (a: AreaDoc, b: AreaDoc): boolean =>
  a.province === b.province && a.commune === b.commune && a.district === b.district;

/** The code asked for and every unit merged into it (QĐ 19/2025 and NQ 1671/2025 via the rules' areas). */
export const codesOf = (code: string): ReadonlyArray<string> => {
  const found = predecessorsOf(code);
  // A code the rules do not hold (outside the worked example) is searched as it is.
  return E.isRight(found) ? [code, ...found.right.map((p) => p.unit.code)].filter((c, i, all) => all.indexOf(c) === i) : [code];
};

/** Facts recorded in the unit `code` at `level` today or in any unit merged into it. */
export const inArea = (column: string, level: AreaLevel, code: string): Condition => ({
  op: 'or',
  any: (level === 'district' ? [code] : codesOf(code)).map((c) => ({ op: 'contains', column, value: tag(level, c) })),
});

/** The area filters of a query, on a column of area tags: each unit asked for, with the units merged into it. */
export const inAreas = (
  column: string,
  q: { readonly province?: string; readonly commune?: string; readonly district?: string },
): ReadonlyArray<Condition | undefined> => [
  q.province === undefined ? undefined : inArea(column, 'province', q.province),
  q.commune === undefined ? undefined : inArea(column, 'commune', q.commune),
  q.district === undefined ? undefined : inArea(column, 'district', q.district),
];
