// 2027. No notice for 2027 was found, so the year's movable days are the project's inference from the Labour Code:
// Bộ luật Lao động 45/2019/QH14 Art. 112 (holidays), Art. 111.3 (make-up days), Vietnamese Culture Day
// (see CULTURE_DAY), and the lunar dates computed for UTC+7 (Tết: Saturday 06/02; Hùng Kings, 10/3 Đinh Mùi:
// Friday 16/04). The Prime Minister fixes the five Tết days and the day beside 2 September each year
// (Art. 112.3); the choices below follow recent years and will be replaced once the notice is out.
// No swap of a weekday for a Saturday is assumed.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, type YearSchedule } from './schedule.js';
import { CULTURE_DAY, LABOUR_CODE_2019 } from './statutes.js';

const INFERRED_2027: LegalSource = {
  act: 'Bộ luật Lao động 45/2019/QH14',
  date: date('2019-11-20'),
  article: 'Art. 111.3, 112',
  verification: 'inference',
  note:
    'no 2027 notice found. Tết: the last day of the year (29 Chạp) to mùng 4, as in 2026, with the Saturday and Sunday among them made up ' +
    'on the following Wednesday and Thursday, as in 2024; National Day: Friday 03/09 beside Thursday 02/09, as chosen in 2021 for the same weekdays',
};

export const year2027: YearSchedule = {
  year: 2027,
  source: INFERRED_2027,
  daysOff: [
    dayOff('2027-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2027-02-05', 'Tết Âm lịch (29 Chạp Bính Ngọ)', 'holiday', INFERRED_2027),
    dayOff('2027-02-06', 'Tết Âm lịch (mùng 1 Đinh Mùi)', 'holiday', INFERRED_2027),
    dayOff('2027-02-07', 'Tết Âm lịch (mùng 2)', 'holiday', INFERRED_2027),
    dayOff('2027-02-08', 'Tết Âm lịch (mùng 3)', 'holiday', INFERRED_2027),
    dayOff('2027-02-09', 'Tết Âm lịch (mùng 4)', 'holiday', INFERRED_2027),
    dayOff('2027-02-10', 'Nghỉ bù Tết (mùng 1, thứ Bảy)', 'compensatory', INFERRED_2027),
    dayOff('2027-02-11', 'Nghỉ bù Tết (mùng 2, Chủ nhật)', 'compensatory', INFERRED_2027),
    dayOff('2027-04-16', 'Giỗ Tổ Hùng Vương (10/3 Đinh Mùi)', 'holiday', LABOUR_CODE_2019),
    dayOff('2027-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2027-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2027-05-03', 'Nghỉ bù Quốc tế Lao động (thứ Bảy 1/5)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2027-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
    dayOff('2027-09-03', 'Quốc khánh (ngày liền kề)', 'holiday', INFERRED_2027),
    dayOff('2027-11-24', 'Ngày Văn hóa Việt Nam', 'holiday', CULTURE_DAY),
  ],
  workingWeekendDays: [],
};
