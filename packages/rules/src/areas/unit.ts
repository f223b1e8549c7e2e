import type { LocalDate } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';

/** Province (tỉnh), district (huyện, until 30/06/2025) or commune level (xã, phường, thị trấn). */
export type AreaLevel = 'province' | 'district' | 'commune';

/**
 * An administrative unit as it stood between two dates. A code can outlive a unit: a merged unit takes the
 * code of the unit whose People's Committee seat it keeps (QĐ 124/2004 Art. 1), so the same code may name
 * an old unit until one day and the merged unit from the next.
 */
export interface AdminUnit {
  /** Two digits for a province, three for a district, five for a commune. */
  readonly code: string;
  readonly name: string;
  readonly level: AreaLevel;
  /** The code of the unit it belongs to, in force over the same span. */
  readonly parent?: string;
  readonly validFrom: LocalDate;
  /** The last day in force; none while it still is. */
  readonly validUntil?: LocalDate;
  /** The act that constituted the unit as recorded here. */
  readonly source: LegalSource;
  /** Where its code was read, when that is not `source`. */
  readonly codeSource?: LegalSource;
}

/** Whether all of the former unit's territory went to the successor, or only part of it. */
export type Portion = 'whole' | 'part';

/** On `on`, territory of the unit coded `from` (in force the day before) passed to the unit coded `to`. */
export interface Succession {
  readonly from: string;
  readonly to: string;
  /** The successor's first day. */
  readonly on: LocalDate;
  readonly portion: Portion;
  readonly source: LegalSource;
}
