import { date } from '@ocop/kernel';
import type { RuleSet } from '../rule-set.js';
import { maeMinister, provinceChair } from './authorities.js';
import { qd148_2023 } from './qd148-2023.js';
import { QD1489, QD148, QD26, at } from './sources.js';

/**
 * QĐ 148/2023 as amended by QĐ 1489/QĐ-TTg of 06/07/2025: the district level is gone; the commune checks
 * dossiers and the province recognises 3★ and 4★. Lapsed 60 days after QĐ 26/2026 took effect.
 */
export const qd148_2023_qd1489_2025: RuleSet = {
  ...qd148_2023,
  id: 'qd148-2023-qd1489-2025',
  title: 'QĐ 148/QĐ-TTg sửa đổi bởi QĐ 1489/QĐ-TTg (hai cấp tỉnh và trung ương)',
  titleEn: 'Decision 148/QĐ-TTg as amended by Decision 1489/QĐ-TTg (province and central levels)',
  acts: [QD148, QD1489],
  inForce: {
    from: date('2025-07-06'),
    newDossiersUntil: date('2026-05-21'),
    until: date('2026-07-21'),
    source: at(
      QD26,
      'Art. 11.2, 12.2',
      'QĐ 148 and QĐ 1489 lapse 60 days after 22/05/2026; dossiers filed before then continue under them',
    ),
  },
  levels: { value: ['commune', 'province', 'central'], source: at(QD1489, 'Annex II') },
  recognition: {
    value: { 3: provinceChair, 4: provinceChair, 5: maeMinister },
    source: at(QD1489, 'Annex II', '3★ moves from the district to the province'),
  },
  forwarding: [{ from: 'province', to: 'central', minScore: 90, source: at(QD1489, 'Annex II') }],
};
