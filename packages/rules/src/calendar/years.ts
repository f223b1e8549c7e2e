import type { YearSchedule } from './schedule.js';
import { year2019 } from './year-2019.js';
import { year2020 } from './year-2020.js';
import { year2021 } from './year-2021.js';
import { year2022 } from './year-2022.js';
import { year2023 } from './year-2023.js';
import { year2024 } from './year-2024.js';
import { year2025 } from './year-2025.js';
import { year2026 } from './year-2026.js';
import { year2027 } from './year-2027.js';

/** The civil service's schedules, one per calendar year, without gaps: 2019 through 2027. */
export const vietnamYearSchedules: ReadonlyArray<YearSchedule> = [
  year2019,
  year2020,
  year2021,
  year2022,
  year2023,
  year2024,
  year2025,
  year2026,
  year2027,
];
