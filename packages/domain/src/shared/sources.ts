import { date } from '@ocop/kernel';
import type { LegalSource } from '@ocop/rules';

// Sources of the domain's own rules (the rules package cites the rest).
const QD26: LegalSource = { act: 'QĐ 26/2026/QĐ-TTg', date: date('2026-05-22'), verification: 'primary' };
const at = (article: string, note?: string): LegalSource => ({ ...QD26, article, ...(note ? { note } : {}) });

export const subjectLegalFormSource = at('Art. 2.3');
export const dossierContentsSource = at('Art. 6.1');
export const communeCheckSource = at('Art. 7.2');
export const provincialIntakeSource = at('Art. 7.3.a');
export const advisoryTeamSource = at('Art. 7.3.c');
export const upgradeSource = at('Art. 6.1.b, 7.5');
export const reEvaluationSource = at('Art. 7.6.a');
export const councilSource = at('Art. 7.3.b, 7.4.b');
export const recognitionSource = at('Art. 4.1, 7.3.e, 7.4.e');
export const fallbackSource = at('Art. 7.4.g');
export const certificateSource = at('Art. 4.3');
export const revocationSource = at('Art. 8');
export const annulmentSource = at('Art. 10.1.b');
export const transitionalSource = at('Art. 12');
export const disqualificationSource = at('Annex II', '"Hồ sơ bị loại khi" and "Bị loại nếu" notes of each sheet');
export const inference = (article: string, note: string): LegalSource => ({ ...QD26, article, verification: 'inference', note });
