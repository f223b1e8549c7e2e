import { either as E } from 'fp-ts';
import { predecessorsOf } from '@ocop/rules';

/**
 * What an account's area covers. A province or commune of today also covers the units merged into it
 * (@ocop/rules areas: Lâm Đồng 68 covers Bình Thuận 60), since facts keep the codes they were recorded with.
 */
export type Scope =
  | { readonly level: 'national' }
  | { readonly level: 'province'; readonly code: string; readonly codes: ReadonlySet<string> }
  | { readonly level: 'commune'; readonly code: string; readonly codes: ReadonlySet<string> };

/** A recorded area, as facts carry it. */
export interface RecordedArea {
  readonly province: string;
  readonly commune?: string;
  readonly district?: string;
}

const withPredecessors = (code: string, level: 'province' | 'commune'): ReadonlySet<string> => {
  const found = predecessorsOf(code);
  // A code the rules do not hold (outside the worked example) covers itself only.
  const older = E.isRight(found) ? found.right.filter((p) => p.unit.level === level).map((p) => p.unit.code) : [];
  return new Set([code, ...older]);
};

export const scopeOf = (area: string): Scope =>
  area === 'VN'
    ? { level: 'national' }
    : area.length === 2
      ? { level: 'province', code: area, codes: withPredecessors(area, 'province') }
      : { level: 'commune', code: area, codes: withPredecessors(area, 'commune') };

/** Whether a recorded area lies in the scope. A fact with no commune is outside every commune's scope. */
export const covers = (scope: Scope, area: RecordedArea): boolean => {
  switch (scope.level) {
    case 'national':
      return true;
    case 'province':
      return scope.codes.has(area.province);
    case 'commune':
      return area.commune !== undefined && scope.codes.has(area.commune);
  }
};

/** Whether a province or commune code asked for in a query lies in the scope. */
export const coversCode = (scope: Scope, level: 'province' | 'commune', code: string): boolean =>
  scope.level === 'national' || (scope.level === level && scope.codes.has(code));
