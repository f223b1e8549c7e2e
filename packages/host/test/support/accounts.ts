// Accounts of the tests, over the Tánh Linh example's people: Lâm Đồng's office, council and authority,
// the commune of Tánh Linh, a new cooperative, an auditor and an administrator.
import { nonEmpty } from '@ocop/kernel';
import { PersonId, SubjectId } from '@ocop/domain';
import { lamDongMembers } from '@ocop/example-tanh-linh-2024';
import type { Claims } from '../../src/index.js';

/** Ids of the tests' people and subjects, checked by their codecs. */
export const person = (id: string): PersonId => {
  if (!PersonId.is(id)) throw new Error(id);
  return id;
};
export const subjectId = (id: string): SubjectId => {
  if (!SubjectId.is(id)) throw new Error(id);
  return id;
};

export const accounts = {
  subject: { sub: nonEmpty('acc-htx-thu'), role: 'subject', org: nonEmpty('HTX Thử nghiệm'), area: '23149', subject: subjectId('htx-thu') },
  otherSubject: {
    sub: nonEmpty('acc-hkd-hai-yen'),
    role: 'subject',
    org: nonEmpty('Hộ kinh doanh Hải Yến'),
    area: '23149',
    subject: subjectId('hkd-hai-yen'),
  },
  commune: { sub: nonEmpty('acc-xa-tanh-linh'), role: 'communeOfficer', org: nonEmpty('UBND xã Tánh Linh'), area: '23149' },
  otherCommune: { sub: nonEmpty('acc-xa-suoi-kiet'), role: 'communeOfficer', org: nonEmpty('UBND xã Suối Kiết'), area: '23188' },
  office: { sub: nonEmpty('acc-lamdong-ocop'), role: 'provincialOffice', org: nonEmpty('VP Điều phối NTM tỉnh Lâm Đồng'), area: '68' },
  otherOffice: { sub: nonEmpty('acc-hanoi-ocop'), role: 'provincialOffice', org: nonEmpty('VP Điều phối NTM TP Hà Nội'), area: '01' },
  authority: {
    sub: nonEmpty('acc-ubnd-lamdong'),
    role: 'recognisingAuthority',
    org: nonEmpty('UBND tỉnh Lâm Đồng'),
    area: '68',
    person: person('signer-lamdong'),
  },
  otherAuthority: { sub: nonEmpty('acc-ubnd-hanoi'), role: 'recognisingAuthority', org: nonEmpty('UBND TP Hà Nội'), area: '01' },
  chair: {
    sub: nonEmpty('acc-ld-chair'),
    role: 'councilChair',
    org: nonEmpty('Hội đồng OCOP tỉnh Lâm Đồng'),
    area: '68',
    person: person('ld-chair'),
  },
  member: {
    sub: nonEmpty('acc-ld-ct'),
    role: 'councilMember',
    org: nonEmpty('Hội đồng OCOP tỉnh Lâm Đồng'),
    area: '68',
    person: person('ld-ct'),
  },
  stranger: {
    sub: nonEmpty('acc-tl-nn'),
    role: 'councilMember',
    org: nonEmpty('Hội đồng OCOP huyện Tánh Linh'),
    area: '68',
    person: person('tl-nn'),
  },
  auditor: { sub: nonEmpty('acc-auditor'), role: 'auditor', org: nonEmpty('Kiểm toán'), area: 'VN' },
  admin: { sub: nonEmpty('acc-admin'), role: 'administrator', org: nonEmpty('Quản trị'), area: 'VN' },
  /** The chair of Tánh Linh's district council, in Lâm Đồng: a chair, but not of Lâm Đồng's council. */
  otherChair: {
    sub: nonEmpty('acc-tl-chair'),
    role: 'councilChair',
    org: nonEmpty('Hội đồng OCOP huyện Tánh Linh'),
    area: '68',
    person: person('tl-chair'),
  },
} satisfies Readonly<Record<string, Claims>>;

/** The account of a member of Lâm Đồng's council (the chair's is a chair's). */
export const memberAccount = (id: string): Claims =>
  id === 'ld-chair'
    ? accounts.chair
    : { sub: nonEmpty(`acc-${id}`), role: 'councilMember', org: nonEmpty('Hội đồng OCOP tỉnh Lâm Đồng'), area: '68', person: person(id) };

export const lamDong = lamDongMembers;
