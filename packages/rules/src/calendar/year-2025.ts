// 2025. Sources: Thông báo 6150/TB-BLĐTBXH of 03/12/2024 (Tết 27–31/01 inside a nine-day break
// 25/01–02/02; Friday 02/05 swapped for Saturday 26/04; National Day 01–02/09), read only through a
// third-party summary of the government portal's report; the Prime Minister's approval behind it,
// Công văn 8726/VPCP-KGVX of 26/11/2024 (nine days of Tết), as reported by pld.net.vn.
// Fixed holidays: Bộ luật Lao động 45/2019/QH14 Art. 112; none fell on a weekend.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, workingWeekendDay, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2019 } from './statutes.js';

const TB_6150_2024: LegalSource = {
  act: 'Thông báo 6150/TB-BLĐTBXH',
  date: date('2024-12-03'),
  verification: 'secondary',
  note:
    'read through a third-party summary of the government portal’s report; the nine-day Tết break agrees with Công văn 8726/VPCP-KGVX ' +
    'of 26/11/2024 as reported by pld.net.vn; the swap of 02/05 for 26/04 was not found in a news article read here',
};

export const year2025: YearSchedule = {
  year: 2025,
  source: TB_6150_2024,
  daysOff: [
    dayOff('2025-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2025-01-27', 'Tết Âm lịch (28 Chạp Giáp Thìn)', 'holiday', TB_6150_2024),
    dayOff('2025-01-28', 'Tết Âm lịch (29 Chạp)', 'holiday', TB_6150_2024),
    dayOff('2025-01-29', 'Tết Âm lịch (mùng 1 Ất Tỵ)', 'holiday', TB_6150_2024),
    dayOff('2025-01-30', 'Tết Âm lịch (mùng 2)', 'holiday', TB_6150_2024),
    dayOff('2025-01-31', 'Tết Âm lịch (mùng 3)', 'holiday', TB_6150_2024),
    dayOff('2025-04-07', 'Giỗ Tổ Hùng Vương (10/3 Ất Tỵ)', 'holiday', LABOUR_CODE_2019),
    dayOff('2025-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2025-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2025-05-02', 'Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 26/4)', 'bridge', TB_6150_2024),
    dayOff('2025-09-01', 'Quốc khánh (ngày liền kề)', 'holiday', TB_6150_2024),
    dayOff('2025-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
  ],
  workingWeekendDays: [workingWeekendDay('2025-04-26', '2025-05-02', TB_6150_2024)],
};
