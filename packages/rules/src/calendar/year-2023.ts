// 2023. Sources: Công văn 8056/VPCP-KGVX of 01/12/2022, the Deputy Prime Minister's approval of Tết
// 20–26/01 and National Day 01–04/09, as reported by truyenhinhnghean.vn (the Ministry of Labour's notice
// relaying it, cited elsewhere as 5034/TB-LĐTBXH, was not read). New Year (Sunday), Hùng Kings (Saturday
// 29/4) and 30/4 (Sunday) were made up on the next working days: Bộ luật Lao động 45/2019/QH14 Art. 111.3,
// as reported for 29/4–03/05 by todaycnews.com.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2019 } from './statutes.js';

const VPCP_8056_2022: LegalSource = {
  act: 'Công văn 8056/VPCP-KGVX',
  date: date('2022-12-01'),
  verification: 'secondary',
  note: 'read as reported by truyenhinhnghean.vn; Tết 20–26/01/2023, National Day 01–04/09/2023',
};

export const year2023: YearSchedule = {
  year: 2023,
  source: VPCP_8056_2022,
  daysOff: [
    dayOff('2023-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2023-01-02', 'Nghỉ bù Tết Dương lịch (Chủ nhật 1/1)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2023-01-20', 'Tết Âm lịch (29 Chạp Nhâm Dần)', 'holiday', VPCP_8056_2022),
    dayOff('2023-01-21', 'Tết Âm lịch (30 Chạp)', 'holiday', VPCP_8056_2022),
    dayOff('2023-01-22', 'Tết Âm lịch (mùng 1 Quý Mão)', 'holiday', VPCP_8056_2022),
    dayOff('2023-01-23', 'Tết Âm lịch (mùng 2)', 'holiday', VPCP_8056_2022),
    dayOff('2023-01-24', 'Tết Âm lịch (mùng 3)', 'holiday', VPCP_8056_2022),
    dayOff('2023-01-25', 'Nghỉ bù Tết (30 Chạp, thứ Bảy)', 'compensatory', VPCP_8056_2022),
    dayOff('2023-01-26', 'Nghỉ bù Tết (mùng 1, Chủ nhật)', 'compensatory', VPCP_8056_2022),
    dayOff('2023-04-29', 'Giỗ Tổ Hùng Vương (10/3 Quý Mão)', 'holiday', LABOUR_CODE_2019),
    dayOff('2023-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2023-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2023-05-02', 'Nghỉ bù Giỗ Tổ Hùng Vương (thứ Bảy 29/4)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2023-05-03', 'Nghỉ bù Ngày Chiến thắng (Chủ nhật 30/4)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2023-09-01', 'Quốc khánh (ngày liền kề)', 'holiday', VPCP_8056_2022),
    dayOff('2023-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
    dayOff('2023-09-04', 'Nghỉ bù Quốc khánh (thứ Bảy 2/9)', 'compensatory', VPCP_8056_2022),
  ],
  workingWeekendDays: [],
};
