import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';

// The acts, as the project's rule notes cite them (docs/rules.md lists what each rule rests on).

export const QD1048: LegalSource = {
  act: 'QĐ 1048/QĐ-TTg',
  date: date('2019-08-21'),
  verification: 'secondary',
  note: 'Bộ tiêu chí OCOP; text read only as reproduced by provincial portals (one source dates it 20/08/2019)',
};
export const QD781: LegalSource = {
  act: 'QĐ 781/QĐ-TTg',
  date: date('2020-06-08'),
  verification: 'secondary',
  note: 'amended some annexes of QĐ 1048',
};
export const QD148: LegalSource = {
  act: 'QĐ 148/QĐ-TTg',
  date: date('2023-02-24'),
  verification: 'secondary',
  note: 'replaced QĐ 1048 and QĐ 781, in force on signature; read through legal Q&A sites and news quoting it',
};
export const QD1489: LegalSource = {
  act: 'QĐ 1489/QĐ-TTg',
  date: date('2025-07-06'),
  verification: 'secondary',
  note: 'amended Annex II of QĐ 148 for two-tier local government: no district level',
};
export const QD26: LegalSource = { act: 'QĐ 26/2026/QĐ-TTg', date: date('2026-05-22'), verification: 'primary' };

/** The act at an article; the act's own note (how it was read) stays with the act, not with each rule. */
export const at = (source: LegalSource, article: string, note?: string): LegalSource => ({
  act: source.act,
  date: source.date,
  verification: source.verification,
  article,
  ...(note === undefined ? {} : { note }),
});

export const inferred = (source: LegalSource, article: string, note: string): LegalSource => ({
  act: source.act,
  date: source.date,
  article,
  verification: 'inference',
  note,
});

/** Bộ luật Dân sự 2015 (Civil Code), for how periods are counted. */
export const CIVIL_CODE: LegalSource = {
  act: 'Bộ luật Dân sự 91/2015/QH13',
  date: date('2015-11-24'),
  article: 'Art. 147–148',
  verification: 'secondary',
  note: 'a period starts the day after the event; a period in months ends on the corresponding day of the last month, or that month’s last day',
};
