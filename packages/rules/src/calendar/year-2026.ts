// 2026, the first year announced by the Ministry of Home Affairs (Bộ Nội vụ).
// Sources: Công văn 12729/VPCP-KGVX of 25/12/2025 (New Year 01–04/01, Friday 02/01 swapped for Saturday
// 10/01), as reported in the news; the ministry's notice on Tết and National Day 2026 (cited elsewhere as
// 9441/TB-BNV, not read), whose Tết 16–20/02 inside a nine-day break was reported by vnanet.vn on
// 17/10/2025 and congan.com.vn. National Day: 01/09 as the adjacent day and Monday 31/08 swapped for
// Saturday 22/08 are known only from third-party holiday tables citing 9441/TB-BNV, so they are marked as
// inference. Hùng Kings fell on Sunday 26/04 and is made up on Monday 27/04 (Bộ luật Lao động 45/2019/QH14
// Art. 111.3); a third-party project cites Công văn 3383/BNV-CVL for no swap around 30/4, not read.
// Vietnamese Culture Day, 24/11, is a day off from this year (see CULTURE_DAY). A swap of Monday 23/11 for
// Saturday 28/11 was reported as proposed in September 2026; no decision was found, so none is included.
import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import { dayOff, workingWeekendDay, type YearSchedule } from './schedule.js';
import { CULTURE_DAY, LABOUR_CODE_2019 } from './statutes.js';

const VPCP_12729_2025: LegalSource = {
  act: 'Công văn 12729/VPCP-KGVX',
  date: date('2025-12-25'),
  verification: 'secondary',
  note: 'read as reported in the news (copies on collector.com.tr and tracuuquyhoach.com of reports of 25/12/2025)',
};

const NOTICE_2026: LegalSource = {
  act: 'Thông báo của Bộ Nội vụ về nghỉ Tết Âm lịch và Quốc khánh năm 2026',
  date: date('2025-10-17'),
  verification: 'secondary',
  note: 'the notice was not read (third-party tables number it 9441/TB-BNV); the date is that of the report read (vnanet.vn)',
};

const NATIONAL_DAY_2026: LegalSource = {
  act: 'Thông báo 9441/TB-BNV',
  date: date('2025-10-17'),
  verification: 'inference',
  note:
    'known only from two third-party holiday tables, which agree on 01/09 as the adjacent day and Monday 31/08 as a swapped day; one names ' +
    'Saturday 22/08 as the day worked. No news report or text of it was read; the date is that of the Tết report, not of the notice',
};

export const year2026: YearSchedule = {
  year: 2026,
  source: NOTICE_2026,
  daysOff: [
    dayOff('2026-01-01', 'Tết Dương lịch', 'holiday', LABOUR_CODE_2019),
    dayOff('2026-01-02', 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù thứ Bảy 10/1)', 'bridge', VPCP_12729_2025),
    dayOff('2026-02-16', 'Tết Âm lịch (29 Chạp Ất Tỵ)', 'holiday', NOTICE_2026),
    dayOff('2026-02-17', 'Tết Âm lịch (mùng 1 Bính Ngọ)', 'holiday', NOTICE_2026),
    dayOff('2026-02-18', 'Tết Âm lịch (mùng 2)', 'holiday', NOTICE_2026),
    dayOff('2026-02-19', 'Tết Âm lịch (mùng 3)', 'holiday', NOTICE_2026),
    dayOff('2026-02-20', 'Tết Âm lịch (mùng 4)', 'holiday', NOTICE_2026),
    dayOff('2026-04-26', 'Giỗ Tổ Hùng Vương (10/3 Bính Ngọ)', 'holiday', LABOUR_CODE_2019),
    dayOff('2026-04-27', 'Nghỉ bù Giỗ Tổ Hùng Vương (Chủ nhật 26/4)', 'compensatory', LABOUR_CODE_2019),
    dayOff('2026-04-30', 'Ngày Chiến thắng', 'holiday', LABOUR_CODE_2019),
    dayOff('2026-05-01', 'Ngày Quốc tế Lao động', 'holiday', LABOUR_CODE_2019),
    dayOff('2026-08-31', 'Nghỉ hoán đổi dịp Quốc khánh (làm bù thứ Bảy 22/8)', 'bridge', NATIONAL_DAY_2026),
    dayOff('2026-09-01', 'Quốc khánh (ngày liền kề)', 'holiday', NATIONAL_DAY_2026),
    dayOff('2026-09-02', 'Quốc khánh', 'holiday', LABOUR_CODE_2019),
    dayOff('2026-11-24', 'Ngày Văn hóa Việt Nam', 'holiday', CULTURE_DAY),
  ],
  workingWeekendDays: [
    workingWeekendDay('2026-01-10', '2026-01-02', VPCP_12729_2025),
    workingWeekendDay('2026-08-22', '2026-08-31', NATIONAL_DAY_2026),
  ],
};
