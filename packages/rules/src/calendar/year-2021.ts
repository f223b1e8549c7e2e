// 2021, the first year under the Labour Code of 2019 (National Day two days).
// Sources: the Ministry of Labour's notice on Tết and National Day 2021, not read itself (a third-party
// holiday table numbers it 4875/TB-LĐTBXH), as reported by hanoimoi.vn and others: Tết 10–16/02 with 15 and
// 16/02 in lieu of the weekend, and a four-day National Day break, 02–05/09.
// Fixed holidays and make-up days: Bộ luật Lao động 45/2019/QH14 Art. 111.3, 112.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2019 } from './statutes.js';

const NOTICE_2021: LegalSource = {
  act: 'Thông báo của Bộ LĐTBXH về nghỉ Tết Âm lịch và Quốc khánh năm 2021',
  date: date('2020-12-25'),
  verification: 'secondary',
  note:
    'the notice was not read; a third-party table cites it as 4875/TB-LĐTBXH (another source gives that number for 2022); the date is that of ' +
    'the earliest report read (a blog post of 25/12/2020); hanoimoi.vn gives the same days',
};

export const year2021: YearSchedule = {
  year: 2021,
  source: NOTICE_2021,
  daysOff: [
    dayOff('2021-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2021-02-10', 'Tết Âm lịch (29 Chạp Canh Tý)', 'holiday', NOTICE_2021),
    dayOff('2021-02-11', 'Tết Âm lịch (30 Chạp)', 'holiday', NOTICE_2021),
    dayOff('2021-02-12', 'Tết Âm lịch (mùng 1 Tân Sửu)', 'holiday', NOTICE_2021),
    dayOff('2021-02-13', 'Tết Âm lịch (mùng 2)', 'holiday', NOTICE_2021),
    dayOff('2021-02-14', 'Tết Âm lịch (mùng 3)', 'holiday', NOTICE_2021),
    dayOff('2021-02-15', 'Nghỉ bù Tết (mùng 2, thứ Bảy)', 'compensatory', NOTICE_2021),
    dayOff('2021-02-16', 'Nghỉ bù Tết (mùng 3, Chủ nhật)', 'compensatory', NOTICE_2021),
    dayOff('2021-04-21', 'Giỗ Tổ Hùng Vương (10/3 Tân Sửu)', 'holiday', LABOUR_CODE_2019),
    dayOff('2021-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2021-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2021-05-03', 'Nghỉ bù Quốc tế Lao động (thứ Bảy 1/5)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2021-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
    dayOff('2021-09-03', 'Quốc khánh (ngày liền kề)', 'holiday', NOTICE_2021),
  ],
  workingWeekendDays: [],
};
