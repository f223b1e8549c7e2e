import * as t from 'io-ts';
import { strict } from '@ocop/kernel';
import { LevelCodec } from '@ocop/rules';

const AuthorityCodec = strict('Authority', { level: LevelCodec, title: t.string, titleEn: t.string }, {});
const CertifiedCodec = t.union([t.literal(3), t.literal(4), t.literal(5)]);

/** The outcome of an adopted result, as `outcomeAt` of the rules package gives it (sources are not stored). */
export const OutcomeCodec = t.union([
  strict('Recognise', { kind: t.literal('recognise'), level: LevelCodec, stars: CertifiedCodec, authority: AuthorityCodec }, {}),
  strict('Forward', { kind: t.literal('forward'), from: LevelCodec, to: LevelCodec, stars: CertifiedCodec }, {}),
  strict(
    'Fallback',
    { kind: t.literal('fallback'), from: LevelCodec, to: LevelCodec, stars: CertifiedCodec, authority: AuthorityCodec },
    {},
  ),
  strict('NotCertified', { kind: t.literal('notCertified'), stars: t.union([t.literal(1), t.literal(2)]) }, {}),
]);
export type StoredOutcome = t.TypeOf<typeof OutcomeCodec>;
