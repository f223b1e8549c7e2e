// 2019, under the Labour Code of 2012 (National Day one day).
// Sources: the Ministry of Labour's notice on the 2019 holidays, not read itself, as reported on
// 04/12/2018 (docnhanh.vn, phunuvagiadinh.vn) and by plo.vn, baodautu.vn and giaothong.tapchixaydung.vn:
// New Year 29/12/2018–01/01/2019 with Saturday 05/01 worked; Tết 02–10/02; 27/04–01/05 with Saturday
// 04/05 worked. Fixed holidays and make-up days: Bộ luật Lao động 10/2012/QH13 Art. 115.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, workingWeekendDay, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2012 } from './statutes.js';

const NOTICE_2019: LegalSource = {
  act: 'Thông báo của Bộ LĐTBXH về nghỉ lễ, Tết năm 2019',
  date: date('2018-12-04'),
  verification: 'secondary',
  note: 'the notice, its number and its date were not read; the date is that of the earliest report read (docnhanh.vn), which gives the schedule used here',
};

export const year2019: YearSchedule = {
  year: 2019,
  source: NOTICE_2019,
  daysOff: [
    dayOff('2019-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2012),
    dayOff('2019-02-04', 'Tết Âm lịch (30 Chạp Mậu Tuất)', 'holiday', NOTICE_2019),
    dayOff('2019-02-05', 'Tết Âm lịch (mùng 1 Kỷ Hợi)', 'holiday', NOTICE_2019),
    dayOff('2019-02-06', 'Tết Âm lịch (mùng 2)', 'holiday', NOTICE_2019),
    dayOff('2019-02-07', 'Tết Âm lịch (mùng 3)', 'holiday', NOTICE_2019),
    dayOff('2019-02-08', 'Tết Âm lịch (mùng 4)', 'holiday', NOTICE_2019),
    dayOff('2019-04-14', 'Giỗ Tổ Hùng Vương (10/3 Kỷ Hợi)', 'holiday', LABOUR_CODE_2012),
    dayOff('2019-04-15', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 14/4)', 'compensatory', LABOUR_CODE_2012),
    dayOff('2019-04-29', 'Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 4/5)', 'bridge', NOTICE_2019),
    dayOff('2019-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2012),
    dayOff('2019-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2012),
    dayOff('2019-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2012),
  ],
  workingWeekendDays: [
    workingWeekendDay('2019-01-05', '2018-12-31', NOTICE_2019),
    workingWeekendDay('2019-05-04', '2019-04-29', NOTICE_2019),
  ],
};
