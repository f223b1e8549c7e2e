import { date } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';

/** The code list and how codes behave when units change. */
export const QD124_2004: LegalSource = {
  act: 'QĐ 124/2004/QĐ-TTg',
  date: date('2004-07-08'),
  article: 'Art. 1',
  verification: 'primary',
  note:
    'text read on moj.gov.vn and thuvienphapluat.vn: the list of units as at 30/06/2004; a code identifies a unit for as long as it exists; ' +
    'a merged unit takes the code of the unit where its People’s Committee sits, and the other codes are closed',
};

/** Codes and names of units before the 2025 reorganisation, as the statistics office keeps the list. */
export const GSO_LIST: LegalSource = {
  act: 'QĐ 124/2004/QĐ-TTg',
  date: date('2004-07-08'),
  article: 'Annex (list of codes)',
  verification: 'secondary',
  note:
    'codes and names read in the statistics office’s list as reproduced by the dvhcvn dataset (GitHub daohoangson/dvhcvn, data/dvhcvn.json); ' +
    'the official annex was not read. validFrom is the list’s date, 30/06/2004 (our reading): the unit may be older',
};

/** Codes from 01/07/2025. */
export const QD19_2025: LegalSource = {
  act: 'QĐ 19/2025/QĐ-TTg',
  date: date('2025-06-30'),
  verification: 'secondary',
  note:
    'in force 01/07/2025, as projects citing its official PDF say; codes read in the Lâm Đồng list of thanglequoc/vietnamese-provinces-database, ' +
    'those of Nghị Đức (23158) and Đồng Kho (23173) also in the dvhcvn/20250701 mapping; the official list was not read. Each new commune carries ' +
    'the code of one of the communes merged into it, and the province keeps Lâm Đồng’s 68, as QĐ 124/2004 Art. 1 provides for mergers',
};

/** The 2025 merger of provinces. */
export const NQ202_2025: LegalSource = {
  act: 'Nghị quyết 202/2025/QH15',
  date: date('2025-06-12'),
  verification: 'secondary',
  note:
    'merges Đắk Nông, Bình Thuận and Lâm Đồng into the province of Lâm Đồng; its date as cited in NQ 1671/NQ-UBTVQH15, its wording as quoted ' +
    'by a third-party project; the text was not read. The new province is taken to begin on 01/07/2025, with the two-tier local government ' +
    '(our reading, as NQ 1671 Art. 2.2 says for communes)',
};

/** The 2025 merger of communes in the new Lâm Đồng. */
export const NQ1671_2025: LegalSource = {
  act: 'Nghị quyết 1671/NQ-UBTVQH15',
  date: date('2025-06-16'),
  article: 'Art. 1.68–72, Art. 2',
  verification: 'primary',
  note:
    'full text read in a transcription (GitHub dvhcvn/20250701, input/docs/1671_NQ-UBTVQH15.md); in force on adoption; the new communes’ ' +
    'governments operate from 01/07/2025, and the old ones until then (Art. 2.2–2.3), so the old units end on 30/06/2025',
};
