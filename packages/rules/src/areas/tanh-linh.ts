// The project's worked example: Tánh Linh district of Bình Thuận province (an OCOP plan of 2024 reported
// in /work/shared/reference/tanh-linh-ocop-2024.txt), and what became of it on 01/07/2025.
//
// Sources:
// - QĐ 124/2004/QĐ-TTg (08/07/2004), Art. 1, read in the text: how codes behave when units merge. The
//   codes and names of the old units (province 60, district 599, its thirteen communes, provinces 67 and
//   68) were read in the statistics office's list as a third-party dataset reproduces it: secondary.
// - Nghị quyết 202/2025/QH15 (12/06/2025): Bình Thuận and Đắk Nông merged into Lâm Đồng; text not read:
//   secondary.
// - Nghị quyết 1671/NQ-UBTVQH15 (16/06/2025), Art. 1.68–72 and Art. 2, read in a transcription of the
//   text: which old communes form each new commune, and that the new ones begin on 01/07/2025.
// - QĐ 19/2025/QĐ-TTg (30/06/2025): the codes from 01/07/2025 (province 68; communes 23149, 23152, 23158,
//   23173, 23188), read in third-party lists only: secondary.
// That the district's territory went wholly to these five communes is our reading of NQ 1671 (inference).
import { date } from '@ocop/kernel';
import { at, inferred } from '../rule-sets/sources.js';
import { GSO_LIST, NQ1671_2025, NQ202_2025, QD19_2025 } from './sources.js';
import type { AdminUnit, Succession } from './unit.js';

const LISTED = date('2004-06-30');
const LAST_OLD_DAY = date('2025-06-30');
const REORGANISED = date('2025-07-01');

const oldProvince = (code: string, name: string): AdminUnit => ({
  code,
  name,
  level: 'province',
  validFrom: LISTED,
  validUntil: LAST_OLD_DAY,
  source: GSO_LIST,
});

const oldCommune = (code: string, name: string): AdminUnit => ({
  code,
  name,
  level: 'commune',
  parent: '599',
  validFrom: LISTED,
  validUntil: LAST_OLD_DAY,
  source: GSO_LIST,
});

const newCommune = (code: string, name: string, article: string): AdminUnit => ({
  code,
  name,
  level: 'commune',
  parent: '68',
  validFrom: REORGANISED,
  source: at(NQ1671_2025, article),
  codeSource: QD19_2025,
});

export const tanhLinhUnits: ReadonlyArray<AdminUnit> = [
  oldProvince('60', 'Tỉnh Bình Thuận'),
  oldProvince('67', 'Tỉnh Đắk Nông'),
  oldProvince('68', 'Tỉnh Lâm Đồng'),
  { code: '68', name: 'Tỉnh Lâm Đồng', level: 'province', validFrom: REORGANISED, source: NQ202_2025, codeSource: QD19_2025 },
  { code: '599', name: 'Huyện Tánh Linh', level: 'district', parent: '60', validFrom: LISTED, validUntil: LAST_OLD_DAY, source: GSO_LIST },
  oldCommune('23149', 'Thị trấn Lạc Tánh'),
  oldCommune('23152', 'Xã Bắc Ruộng'),
  oldCommune('23155', 'Xã Măng Tố'),
  oldCommune('23158', 'Xã Nghị Đức'),
  oldCommune('23161', 'Xã La Ngâu'),
  oldCommune('23164', 'Xã Huy Khiêm'),
  oldCommune('23170', 'Xã Đức Phú'),
  oldCommune('23173', 'Xã Đồng Kho'),
  oldCommune('23176', 'Xã Gia An'),
  oldCommune('23179', 'Xã Đức Bình'),
  oldCommune('23182', 'Xã Gia Huynh'),
  oldCommune('23185', 'Xã Đức Thuận'),
  oldCommune('23188', 'Xã Suối Kiết'),
  newCommune('23158', 'Xã Nghị Đức', 'Art. 1.68'),
  newCommune('23152', 'Xã Bắc Ruộng', 'Art. 1.69'),
  newCommune('23173', 'Xã Đồng Kho', 'Art. 1.70'),
  newCommune('23149', 'Xã Tánh Linh', 'Art. 1.71'),
  newCommune('23188', 'Xã Suối Kiết', 'Art. 1.72'),
];

const merged = (from: ReadonlyArray<string>, to: string, article: string): ReadonlyArray<Succession> =>
  from.map((code): Succession => ({ from: code, to, on: REORGANISED, portion: 'whole', source: at(NQ1671_2025, article) }));

const DISTRICT_SHARED = inferred(
  NQ1671_2025,
  'Art. 1.68–72',
  'all thirteen communes of Tánh Linh district went into these five communes and districts ceased on 01/07/2025, so each received part of the district',
);

export const tanhLinhSuccessions: ReadonlyArray<Succession> = [
  ...['60', '67', '68'].map((code): Succession => ({ from: code, to: '68', on: REORGANISED, portion: 'whole', source: NQ202_2025 })),
  ...['23149', '23152', '23158', '23173', '23188'].map((code): Succession => ({
    from: '599',
    to: code,
    on: REORGANISED,
    portion: 'part',
    source: DISTRICT_SHARED,
  })),
  ...merged(['23170', '23158'], '23158', 'Art. 1.68'),
  ...merged(['23155', '23152'], '23152', 'Art. 1.69'),
  ...merged(['23164', '23161', '23179', '23173'], '23173', 'Art. 1.70'),
  ...merged(['23149', '23176', '23185'], '23149', 'Art. 1.71'),
  ...merged(['23182', '23188'], '23188', 'Art. 1.72'),
];
