import type { Authority } from '../levels.js';

export const districtChair: Authority = {
  level: 'district',
  title: 'Chủ tịch UBND cấp huyện',
  titleEn: "Chairman of the district People's Committee",
};

export const provinceChair: Authority = {
  level: 'province',
  title: 'Chủ tịch UBND cấp tỉnh',
  titleEn: "Chairman of the provincial People's Committee",
};

/** The agriculture ministry before the merger of 1 March 2025. */
export const mardMinister: Authority = {
  level: 'central',
  title: 'Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn',
  titleEn: 'Minister of Agriculture and Rural Development',
};

export const maeMinister: Authority = {
  level: 'central',
  title: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
  titleEn: 'Minister of Agriculture and Environment',
};
