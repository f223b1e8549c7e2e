import { either as E } from 'fp-ts';
import { addDays, type LocalDate } from '@ocop/kernel';
import type { LegalSource } from './provenance.js';
import type { DossierKind, RuleSet } from './rule-set.js';
import { qd148_2023_qd1489_2025, qd26_2026, ruleSetForFilingOn } from './rule-sets/index.js';
import { QD26, at, inferred, QD1489 } from './rule-sets/sources.js';

/** Why a dossier is judged under a rule set, and any deadline that comes with it. */
export interface Governing {
  readonly ruleSet: RuleSet;
  readonly reason: string;
  readonly source: LegalSource;
  /** Under QĐ 26/2026 Art. 12.2, for a dossier judged on or after 22/05/2026, the last day it may be decided. */
  readonly decideBy?: LocalDate;
}

export type GoverningError =
  | { readonly _tag: 'NoRuleSetInForce'; readonly filedOn: LocalDate }
  | { readonly _tag: 'DecidedBeforeFiled'; readonly filedOn: LocalDate; readonly decidedOn: LocalDate }
  | {
      readonly _tag: 'TransitionalDeadlinePassed';
      readonly filedOn: LocalDate;
      readonly decidedOn: LocalDate;
      readonly decideBy: LocalDate;
      readonly source: LegalSource;
    };

const QD26_FROM = qd26_2026.inForce.from;
const QD1489_FROM = qd148_2023_qd1489_2025.inForce.from;

/** Art. 12.2.a–b: 60 days for a first evaluation or an upgrade, 30 for a re-evaluation, from 22/05/2026. */
const transitionalDays = (kind: DossierKind): number => (kind === 'reEvaluation' ? 30 : 60);

/**
 * Art. 12.2: the last day on which a dossier filed before 22/05/2026 may be decided under the old rules, or
 * undefined for a dossier filed under QĐ 26/2026. It binds only a dossier still open on 22/05/2026.
 */
export const transitionalDecideBy = (kind: DossierKind, filedOn: LocalDate): LocalDate | undefined =>
  filedOn < QD26_FROM ? addDays(QD26_FROM, transitionalDays(kind)) : undefined;

/**
 * Which rule set governs a dossier, given its kind, the day it was filed and the day it is judged on: the
 * day it is decided (or found lapsed); without it, as on the filing day. The filing day chooses the rules;
 * QĐ 1489/2025 changed the procedure for decisions from 06/07/2025 on; QĐ 26/2026 Art. 12.2 keeps dossiers
 * filed before 22/05/2026 and judged on or after it under the 2021–2025 rules, to be decided within 60 (or
 * 30) days. A dossier filed and judged before 22/05/2026 owes nothing to an act not yet in force.
 */
export const governingRuleSet = (query: {
  readonly kind: DossierKind;
  readonly filedOn: LocalDate;
  readonly decidedOn?: LocalDate;
}): E.Either<GoverningError, Governing> => {
  const { kind, filedOn, decidedOn } = query;
  const filedUnder = ruleSetForFilingOn(filedOn);
  if (!filedUnder) return E.left({ _tag: 'NoRuleSetInForce', filedOn });
  if (decidedOn !== undefined && decidedOn < filedOn) return E.left({ _tag: 'DecidedBeforeFiled', filedOn, decidedOn });
  if (filedUnder.id === 'qd26-2026')
    return E.right({ ruleSet: filedUnder, reason: 'filed while QĐ 26/2026 is in force', source: at(QD26, 'Art. 11.1') });

  const amended =
    filedUnder.id === 'qd148-2023' && decidedOn !== undefined && decidedOn >= QD1489_FROM
      ? {
          ruleSet: qd148_2023_qd1489_2025,
          reason: 'filed under QĐ 148/2023 and decided after QĐ 1489/2025 removed the district level',
          source: inferred(
            QD1489,
            'Annex II',
            'the amended procedure applies to decisions from its effective date; districts no longer exist',
          ),
        }
      : {
          ruleSet: filedUnder,
          reason: `filed while ${filedUnder.acts.map((a) => a.act).join(' + ')} was in force`,
          source: filedUnder.inForce.source,
        };

  const decideBy = transitionalDecideBy(kind, filedOn);
  if (decidedOn === undefined || decidedOn < QD26_FROM || decideBy === undefined) return E.right(amended);

  const source = at(QD26, kind === 'reEvaluation' ? 'Art. 12.2.b' : 'Art. 12.2.a');
  if (decidedOn > decideBy) return E.left({ _tag: 'TransitionalDeadlinePassed', filedOn, decidedOn, decideBy, source });
  return E.right({
    ...amended,
    reason: `${amended.reason}; filed before 22/05/2026, so it continues under the 2021–2025 rules`,
    source,
    decideBy,
  });
};
