import { date } from '@ocop/kernel';
import { allRevocationGrounds } from '../revocation.js';
import type { RuleSet } from '../rule-set.js';
import { qd148ProvisionalCatalogue } from '../sheets/provisional.js';
import { districtChair, mardMinister, provinceChair } from './authorities.js';
import { starBands } from './bands.js';
import { QD148, at, inferred } from './sources.js';

/** QĐ 148/QĐ-TTg of 24/02/2023: three levels, the district recognising 3 stars. */
export const qd148_2023: RuleSet = {
  id: 'qd148-2023',
  title: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (QĐ 148/QĐ-TTg)',
  titleEn: 'OCOP criteria and evaluation procedure (Decision 148/QĐ-TTg)',
  acts: [QD148],
  inForce: {
    from: date('2023-02-24'),
    newDossiersUntil: date('2025-07-05'),
    until: date('2025-07-05'),
    source: at(QD148, 'final article', 'in force on signature; its Annex II was replaced by QĐ 1489/QĐ-TTg from 06/07/2025'),
  },
  parts: { value: { A: 40, B: 25, C: 35 }, source: at(QD148, 'Annex I') },
  bands: { value: starBands, source: at(QD148, 'Annex I') },
  levels: { value: ['commune', 'district', 'province', 'central'], source: at(QD148, 'Annex II') },
  recognition: {
    value: { 3: districtChair, 4: provinceChair, 5: mardMinister },
    source: at(QD148, 'Annex II', 'the district recognises 3★, the province 4★, the ministry 5★'),
  },
  forwarding: [
    {
      from: 'district',
      to: 'province',
      minScore: 70,
      source: at(QD148, 'Annex II', 'the district forwards products of 70 points or more'),
    },
    { from: 'province', to: 'central', minScore: 90, source: at(QD148, 'Annex II') },
  ],
  certificateValidityMonths: { value: 36, source: at(QD148, 'Annex II') },
  expiryNoticeDays: {
    value: 30,
    source: at(QD148, 'Annex II', 'the issuing authority notifies the subject at least 30 days before the 36 months end'),
  },
  revocation: {
    value: { grounds: allRevocationGrounds, withinDays: undefined },
    source: inferred(
      QD148,
      'Annex II',
      'revocations under QĐ 148 are reported; its grounds and time limit were not seen, so the grounds of QĐ 26/2026 Art. 8.1 are used, with no time limit',
    ),
  },
  samples: { value: 5, source: inferred(QD148, 'Annex II', 'as under QĐ 26/2026 Art. 6.2.d') },
  sheets: qd148ProvisionalCatalogue(inferred(QD148, 'Annex I', 'official sheets not available; QĐ 26/2026 sheets stand in')),
};
