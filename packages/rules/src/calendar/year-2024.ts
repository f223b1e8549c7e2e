// 2024. Sources: Công văn 8662/VPCP-KGVX of 03/11/2023, the Prime Minister's approval of Tết 08–14/02 and
// National Day 31/08–03/09, as reported by kinhtedothi.vn, chinhsachdautu.vn and th389.vn (the Ministry of
// Labour's notice relaying it, cited elsewhere as 5015/TB-LĐTBXH of 22/11/2023, was not read);
// Công văn 2450/VPCP-KGVX of 12/04/2024, the swap of Monday 29/04 for Saturday 04/05, as reported by
// baophapluat.vn, baotintuc.vn and chinhphu.vn. Fixed holidays: Bộ luật Lao động 45/2019/QH14 Art. 112.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, workingWeekendDay, type YearSchedule } from './schedule.js';
import { LABOUR_CODE_2019 } from './statutes.js';

const VPCP_8662_2023: LegalSource = {
  act: 'Công văn 8662/VPCP-KGVX',
  date: date('2023-11-03'),
  verification: 'secondary',
  note: 'read as reported by kinhtedothi.vn and chinhsachdautu.vn; five Tết days and two days in lieu of the weekend (th389.vn)',
};

const VPCP_2450_2024: LegalSource = {
  act: 'Công văn 2450/VPCP-KGVX',
  date: date('2024-04-12'),
  verification: 'secondary',
  note: 'read as reported by baophapluat.vn and chinhphu.vn (break 27/04–01/05); the make-up Saturday 04/05 as reported by a smaller news site',
};

export const year2024: YearSchedule = {
  year: 2024,
  source: VPCP_8662_2023,
  daysOff: [
    dayOff('2024-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2024-02-08', 'Tết Âm lịch (29 Chạp Quý Mão)', 'holiday', VPCP_8662_2023),
    dayOff('2024-02-09', 'Tết Âm lịch (30 Chạp)', 'holiday', VPCP_8662_2023),
    dayOff('2024-02-10', 'Tết Âm lịch (mùng 1 Giáp Thìn)', 'holiday', VPCP_8662_2023),
    dayOff('2024-02-11', 'Tết Âm lịch (mùng 2)', 'holiday', VPCP_8662_2023),
    dayOff('2024-02-12', 'Tết Âm lịch (mùng 3)', 'holiday', VPCP_8662_2023),
    dayOff('2024-02-13', 'Nghỉ bù Tết (mùng 1, thứ Bảy)', 'compensatory', VPCP_8662_2023),
    dayOff('2024-02-14', 'Nghỉ bù Tết (mùng 2, Chủ nhật)', 'compensatory', VPCP_8662_2023),
    dayOff('2024-04-18', 'Giỗ Tổ Hùng Vương (10/3 Giáp Thìn)', 'holiday', LABOUR_CODE_2019),
    dayOff('2024-04-29', 'Nghỉ hoán đổi dịp 30/4 (làm bù thứ Bảy 4/5)', 'bridge', VPCP_2450_2024),
    dayOff('2024-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2024-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2024-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
    dayOff('2024-09-03', 'Quốc khánh (ngày liền kề)', 'holiday', VPCP_8662_2023),
  ],
  workingWeekendDays: [workingWeekendDay('2024-05-04', '2024-04-29', VPCP_2450_2024)],
};
