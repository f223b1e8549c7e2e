// 2020, under the Labour Code of 2012 (National Day one day); no swaps.
// Sources: the Ministry of Labour's notice on Tết 2020, not read itself, as reported by
// socongthuong.daklak.gov.vn (07/01/2020) and kienthuc.net.vn: Tết 23–29/01, with 28 and 29/01 in lieu of
// mùng 1 and mùng 2 on the weekend; the other holidays one day each, none on a weekend.
// Fixed holidays and make-up days: Bộ luật Lao động 10/2012/QH13 Art. 115.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2012 } from './statutes.js';

const NOTICE_2020: LegalSource = {
  act: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch năm 2020',
  date: date('2020-01-07'),
  verification: 'secondary',
  note: 'the notice, its number and its date were not read; the date is that of the earliest report read (socongthuong.daklak.gov.vn)',
};

export const year2020: YearSchedule = {
  year: 2020,
  source: NOTICE_2020,
  daysOff: [
    dayOff('2020-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2012),
    dayOff('2020-01-23', 'Tết Âm lịch (29 Chạp Kỷ Hợi)', 'holiday', NOTICE_2020),
    dayOff('2020-01-24', 'Tết Âm lịch (30 Chạp)', 'holiday', NOTICE_2020),
    dayOff('2020-01-25', 'Tết Âm lịch (mùng 1 Canh Tý)', 'holiday', NOTICE_2020),
    dayOff('2020-01-26', 'Tết Âm lịch (mùng 2)', 'holiday', NOTICE_2020),
    dayOff('2020-01-27', 'Tết Âm lịch (mùng 3)', 'holiday', NOTICE_2020),
    dayOff('2020-01-28', 'Nghỉ bù Tết (mùng 1, thứ Bảy)', 'compensatory', NOTICE_2020),
    dayOff('2020-01-29', 'Nghỉ bù Tết (mùng 2, Chủ nhật)', 'compensatory', NOTICE_2020),
    dayOff('2020-04-02', 'Giỗ Tổ Hùng Vương (10/3 Canh Tý)', 'holiday', LABOUR_CODE_2012),
    dayOff('2020-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2012),
    dayOff('2020-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2012),
    dayOff('2020-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2012),
  ],
  workingWeekendDays: [],
};
