import { either as E } from 'fp-ts';
import type { Authority, Level } from '../levels.js';
import { levelRank } from '../levels.js';
import type { LegalSource } from '../provenance.js';
import type { RuleSet } from '../rule-set.js';
import type { CertifiedStars, Stars } from '../stars.js';

/**
 * What follows from a council's result at a level, under a rule set:
 * - `recognise`: the authority of this level decides recognition and issues the certificate;
 * - `forward`: the stars belong to a higher level, which evaluates again (e.g. ≥ 90 to the ministry);
 * - `fallback`: the stars belong to a lower level, which may recognise on this result (QĐ 26/2026
 *   Art. 7.4.g: below 90 at the ministry, the province may recognise 3 or 4 stars);
 * - `notCertified`: 1 or 2 stars, no decision and no certificate (Art. 4.1.a).
 */
export type Outcome =
  | {
      readonly kind: 'recognise';
      readonly level: Level;
      readonly stars: CertifiedStars;
      readonly authority: Authority;
      readonly source: LegalSource;
    }
  | { readonly kind: 'forward'; readonly from: Level; readonly to: Level; readonly stars: CertifiedStars; readonly source: LegalSource }
  | {
      readonly kind: 'fallback';
      readonly from: Level;
      readonly to: Level;
      readonly stars: CertifiedStars;
      readonly authority: Authority;
      readonly source: LegalSource;
    }
  | { readonly kind: 'notCertified'; readonly stars: 1 | 2; readonly source: LegalSource };

export type OutcomeError = { readonly _tag: 'NoCouncilAtLevel'; readonly ruleSet: string; readonly level: Level };

const nextCouncilLevel = (ruleSet: RuleSet, level: Level): Level | undefined =>
  ruleSet.levels.value.find((l) => l !== 'commune' && levelRank(l) > levelRank(level));

/** The outcome of a result of `stars` adopted by the council at `level`. */
export const outcomeAt = (ruleSet: RuleSet, level: Level, stars: Stars): E.Either<OutcomeError, Outcome> => {
  if (level === 'commune' || !ruleSet.levels.value.includes(level)) return E.left({ _tag: 'NoCouncilAtLevel', ruleSet: ruleSet.id, level });
  if (stars === 1 || stars === 2) return E.right({ kind: 'notCertified', stars, source: ruleSet.bands.source });
  const authority = ruleSet.recognition.value[stars];
  const source = ruleSet.recognition.source;
  if (authority.level === level) return E.right({ kind: 'recognise', level, stars, authority, source });
  if (levelRank(authority.level) > levelRank(level)) {
    const to = nextCouncilLevel(ruleSet, level) ?? authority.level;
    const forwarding = ruleSet.forwarding.find((f) => f.from === level && f.to === to);
    return E.right({ kind: 'forward', from: level, to, stars, source: forwarding?.source ?? source });
  }
  return E.right({ kind: 'fallback', from: level, to: authority.level, stars, authority, source });
};
