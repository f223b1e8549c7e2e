import { date } from '@ocop/kernel';
import { allRevocationGrounds } from '../revocation.js';
import type { RuleSet } from '../rule-set.js';
import { qd1048ProvisionalCatalogue } from '../sheets/provisional.js';
import { mardMinister, provinceChair } from './authorities.js';
import { starBands } from './bands.js';
import { QD1048, QD781, at, inferred } from './sources.js';

/** QĐ 1048/QĐ-TTg of 21/08/2019 with QĐ 781/QĐ-TTg of 08/06/2020: parts 35/25/40; the province recognises 3★ and 4★. */
export const qd1048_2019: RuleSet = {
  id: 'qd1048-2019',
  title: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP (QĐ 1048/QĐ-TTg, sửa đổi bởi QĐ 781/QĐ-TTg)',
  titleEn: 'OCOP criteria (Decision 1048/QĐ-TTg as amended by Decision 781/QĐ-TTg)',
  acts: [QD1048, QD781],
  inForce: {
    from: date('2019-08-21'),
    newDossiersUntil: date('2023-02-23'),
    until: date('2023-02-23'),
    source: at(QD1048, 'final article', 'replaced by QĐ 148/QĐ-TTg on 24/02/2023'),
  },
  parts: { value: { A: 35, B: 25, C: 40 }, source: at(QD1048, 'Annex') },
  bands: { value: starBands, source: at(QD1048, 'Annex', 'written 90–100, 70–89, 50–69, 30–49, below 30') },
  levels: { value: ['district', 'province', 'central'], source: at(QD1048, 'process') },
  recognition: {
    value: { 3: provinceChair, 4: provinceChair, 5: mardMinister },
    source: at(QD1048, 'process', 'the province recognises 3★ and 4★; 5★ are national products'),
  },
  forwarding: [
    {
      from: 'district',
      to: 'province',
      minScore: 50,
      source: at(QD1048, 'process', 'the district council forwards products of 50 to 100 points'),
    },
    { from: 'province', to: 'central', minScore: 90, source: at(QD1048, 'process') },
  ],
  certificateValidityMonths: { value: 36, source: at(QD1048, 'process') },
  revocation: {
    value: { grounds: allRevocationGrounds, withinDays: undefined },
    source: inferred(QD1048, 'process', 'grounds and time limit not seen; the grounds of QĐ 26/2026 Art. 8.1 are used, with no time limit'),
  },
  sheets: qd1048ProvisionalCatalogue(inferred(QD1048, 'Annex', 'official sheets not available; a generic provisional sheet stands in')),
};
