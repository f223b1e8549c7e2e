import type { Sight } from './vault.js';

/**
 * Who needs the sensitive facts behind criterion 3.2 (a woman, an ethnic minority, a disability): the
 * subject itself, the offices and councils that check and score its dossier, and the auditors who verify the
 * scoring. Every other reader sees that the criterion scored, not why (Law 91/2025/QH15 on the protection
 * of personal data: processing limited to what the purpose needs).
 */
const needsSensitive: ReadonlySet<string> = new Set([
  'subject',
  'provincialOffice',
  'districtOffice',
  'advisoryTeam',
  'councilMember',
  'councilChair',
  'auditor',
]);

export const sightOf = (role: string): Sight => ({ sensitive: needsSensitive.has(role) });
