import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';

// The standing rules behind every year's schedule. Each year's own notice is in its year file.

/** The civil service's five-day week: Saturday and Sunday are the weekly rest days. */
export const QD188_1999: LegalSource = {
  act: 'QĐ 188/1999/QĐ-TTg',
  date: date('1999-09-17'),
  article: 'Art. 1',
  verification: 'primary',
  note: 'text read on vbpl.vn (the national legal database) and hethongphapluat.com: a 40-hour week in five days, Saturday and Sunday off, for state agencies',
};

/** Holidays until 31/12/2020. */
export const LABOUR_CODE_2012: LegalSource = {
  act: 'Bộ luật Lao động 10/2012/QH13',
  date: date('2012-06-18'),
  article: 'Art. 115',
  verification: 'secondary',
  note:
    'New Year 1 day, Tết 5 days, Hùng Kings 1 day (10/3 lunar), 30/4, 1/5, National Day 1 day (2/9); a holiday on a weekly rest day ' +
    'is made up the next day (Art. 115.3). Read as news summarised it for 2019 and 2020 (kienthuc.net.vn, giaothong.tapchixaydung.vn), not in the text',
};

/** Holidays from 01/01/2021 (Art. 220.1). */
export const LABOUR_CODE_2019: LegalSource = {
  act: 'Bộ luật Lao động 45/2019/QH14',
  date: date('2019-11-20'),
  article: 'Art. 111.3, 112',
  verification: 'secondary',
  note:
    'Art. 112.1: New Year 1 day, Tết 5 days, Hùng Kings 1 day (10/3 lunar), 30/4, 1/5, National Day 2 days (2/9 and one day before or after); ' +
    'Art. 112.3: the Prime Minister fixes the Tết days and the day beside 2/9; Art. 111.3: a holiday on the weekly rest day is made up the next ' +
    'working day. Read as news quotes it (dantri.com.vn and vneconomy.vn, 26/02/2026), not in the official text',
};

/** Vietnamese Culture Day, 24 November, a paid day off from 2026. */
export const CULTURE_DAY: LegalSource = {
  act: 'Nghị quyết 80-NQ/TW',
  date: date('2026-01-07'),
  verification: 'secondary',
  note:
    'The Politburo chose 24/11 as Vietnamese Culture Day, a paid day off (plo.vn, vietnamplus.vn, 13/01/2026); the Government set out to add it ' +
    'to Labour Code Art. 112.1 (NQ 30/NQ-CP; dantri.com.vn, 26/02/2026). Several independent projects cite the National Assembly’s ' +
    'Nghị quyết 28/2026/QH16, in force 01/07/2026, as the act that made it a day off; its text was not read. Not in Art. 112.1, so no make-up ' +
    'for a weekend 24/11 is assumed (none falls on one in 2026–2027)',
};
