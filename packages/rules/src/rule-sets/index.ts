import { isWithin, type LocalDate } from '@ocop/kernel';
import type { RuleSet, RuleSetId } from '../rule-set.js';
import { qd1048_2019 } from './qd1048-2019.js';
import { qd148_2023 } from './qd148-2023.js';
import { qd148_2023_qd1489_2025 } from './qd148-2023-qd1489-2025.js';
import { qd26_2026 } from './qd26-2026.js';

export { qd1048_2019, qd148_2023, qd148_2023_qd1489_2025, qd26_2026 };

const byId: Readonly<Record<RuleSetId, RuleSet>> = {
  'qd1048-2019': qd1048_2019,
  'qd148-2023': qd148_2023,
  'qd148-2023-qd1489-2025': qd148_2023_qd1489_2025,
  'qd26-2026': qd26_2026,
};

/** Every rule set, oldest first. */
export const ruleSets: ReadonlyArray<RuleSet> = [qd1048_2019, qd148_2023, qd148_2023_qd1489_2025, qd26_2026];

export const ruleSetById = (id: RuleSetId): RuleSet => byId[id];

/** The rule sets whose acts are in force on `day`: more than one while a lapsing act finishes its dossiers. */
export const ruleSetsInForceOn = (day: LocalDate): ReadonlyArray<RuleSet> =>
  ruleSets.filter((r) => isWithin(day, r.inForce.from, r.inForce.until));

/** The rule set under which a dossier filed on `day` is evaluated, unless a transitional rule says otherwise. */
export const ruleSetForFilingOn = (day: LocalDate): RuleSet | undefined =>
  ruleSets.find((r) => isWithin(day, r.inForce.from, r.inForce.newDossiersUntil ?? r.inForce.until));
