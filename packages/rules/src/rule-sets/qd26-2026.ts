import { date } from '@ocop/kernel';
import { allRevocationGrounds } from '../revocation.js';
import type { RuleSet } from '../rule-set.js';
import { qd26Catalogue } from '../sheets/qd26-catalogue.js';
import { maeMinister, provinceChair } from './authorities.js';
import { starBands } from './bands.js';
import { QD26, at } from './sources.js';

/** QĐ 26/2026/QĐ-TTg of 22/05/2026: the rules in force now. */
export const qd26_2026: RuleSet = {
  id: 'qd26-2026',
  title: 'Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm OCOP (QĐ 26/2026/QĐ-TTg)',
  titleEn: 'OCOP criteria and evaluation procedure (Decision 26/2026/QĐ-TTg)',
  acts: [QD26],
  inForce: { from: date('2026-05-22'), source: at(QD26, 'Art. 11.1') },
  parts: { value: { A: 40, B: 25, C: 35 }, source: at(QD26, 'Art. 3.1') },
  bands: { value: starBands, source: at(QD26, 'Art. 3.3') },
  levels: { value: ['commune', 'province', 'central'], source: at(QD26, 'Art. 4.1, 7.2') },
  recognition: {
    value: { 3: provinceChair, 4: provinceChair, 5: maeMinister },
    source: at(QD26, 'Art. 4.1.a–b, 7.3.e, 7.4.e'),
  },
  forwarding: [{ from: 'province', to: 'central', minScore: 90, source: at(QD26, 'Art. 7.3.e') }],
  certificateValidityMonths: { value: 36, source: at(QD26, 'Art. 4.3') },
  communeCheckWorkingDays: { value: 15, source: at(QD26, 'Art. 7.2') },
  reEvaluation: {
    value: { fileFromDaysBeforeExpiry: 180, fileUntilDaysBeforeExpiry: 120, decideWithinDays: 45, writtenOpinions: true },
    source: at(QD26, 'Art. 7.6.a, d, g'),
  },
  rounds: {
    value: {
      province: [
        { round: 1, proposedBefore: '04-30', finishBefore: '06-30' },
        { round: 2, proposedBefore: '10-30', finishBefore: '12-30' },
      ],
      central: [
        { round: 1, proposedBefore: '07-30', finishBefore: '09-30' },
        { round: 2, proposedBefore: '01-30', finishBefore: '03-30' },
      ],
    },
    source: at(QD26, 'Art. 5'),
  },
  revocation: { value: { grounds: allRevocationGrounds, withinDays: 15 }, source: at(QD26, 'Art. 8') },
  samples: { value: 5, source: at(QD26, 'Art. 6.2.d') },
  sheets: qd26Catalogue,
};
