// 2022. Sources: Công văn 245/VPCP-KGVX of 11/01/2022, the Deputy Prime Minister's approval of Tết
// 31/01–04/02 and National Day 01–02/09, as reported by vntrip.vn and kinhtemoitruong.vn (the Ministry of
// Labour's notice relaying it was not read). New Year, Hùng Kings, 30/4 and 1/5 fell on weekends and were
// made up on the next working days: Bộ luật Lao động 45/2019/QH14 Art. 111.3.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2019 } from './statutes.js';

const VPCP_245_2022: LegalSource = {
  act: 'Công văn 245/VPCP-KGVX',
  date: date('2022-01-11'),
  verification: 'secondary',
  note: 'read as reported by vntrip.vn and kinhtemoitruong.vn (12/01/2022)',
};

export const year2022: YearSchedule = {
  year: 2022,
  source: VPCP_245_2022,
  daysOff: [
    dayOff('2022-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2022-01-03', 'Nghỉ bù Tết Dương lịch (thứ Bảy 1/1)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2022-01-31', 'Tết Âm lịch (29 Chạp Tân Sửu)', 'holiday', VPCP_245_2022),
    dayOff('2022-02-01', 'Tết Âm lịch (mùng 1 Nhâm Dần)', 'holiday', VPCP_245_2022),
    dayOff('2022-02-02', 'Tết Âm lịch (mùng 2)', 'holiday', VPCP_245_2022),
    dayOff('2022-02-03', 'Tết Âm lịch (mùng 3)', 'holiday', VPCP_245_2022),
    dayOff('2022-02-04', 'Tết Âm lịch (mùng 4)', 'holiday', VPCP_245_2022),
    dayOff('2022-04-10', 'Giỗ Tổ Hùng Vương (10/3 Nhâm Dần)', 'holiday', LABOUR_CODE_2019),
    dayOff('2022-04-11', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 10/4)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2022-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2022-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2022-05-02', 'Nghỉ bù Ngày Chiến thắng (thứ Bảy 30/4)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2022-05-03', 'Nghỉ bù Quốc tế Lao động (Chủ nhật 1/5)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2022-09-01', 'Quốc khánh (ngày liền kề)', 'holiday', VPCP_245_2022),
    dayOff('2022-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
  ],
  workingWeekendDays: [],
};
