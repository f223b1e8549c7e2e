import { date } from '@ocop/kernel';
import type { LegalSource } from '@ocop/rules';

// The articles the audit cites that the rules and domain packages do not name at this precision.
const QD26: LegalSource = { act: 'QĐ 26/2026/QĐ-TTg', date: date('2026-05-22'), verification: 'primary' };
const at = (article: string): LegalSource => ({ ...QD26, article });

/** Records kept in the software have the legal value of paper (Art. 7.1), so they must stay as written. */
export const recordIntegritySource: LegalSource = {
  ...QD26,
  article: 'Art. 7.1',
  verification: 'inference',
  note: 'a dossier in the scoring software has the legal value of the paper dossier, so the record of it must stay as it was written',
};
export const revocationGroundsSource: LegalSource = at('Art. 8.1');
export const revocationAuthoritySource: LegalSource = at('Art. 8.2');
export const revocationDeadlineSource: LegalSource = at('Art. 8.4');
export const reEvaluationWindowSource: LegalSource = at('Art. 7.6.a');
export const transitionalCertificateSource: LegalSource = at('Art. 12.3');
