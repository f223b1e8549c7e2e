import type { Claims } from './claims.js';
import { nonEmpty } from '@ocop/kernel';
import { PersonId, SubjectId } from '@ocop/domain';

const person = (id: string): PersonId => {
  if (!PersonId.is(id)) throw new Error(`not a person id: ${id}`);
  return id;
};
const subject = (id: string): SubjectId => {
  if (!SubjectId.is(id)) throw new Error(`not a subject id: ${id}`);
  return id;
};

export interface DemoAccount {
  readonly label: string;
  readonly claims: Claims;
}

/**
 * One account per role over the Tánh Linh example, for a first look: the fish-cake household, the commune
 * of Tánh Linh, Lâm Đồng's office, council member and chair and its People's Committee, an auditor and an
 * administrator. People are those of the example (invented).
 */
export const demoAccounts: ReadonlyArray<DemoAccount> = [
  {
    label: 'subject (Hộ kinh doanh Hải Yến, chả cá thát lát)',
    claims: {
      sub: nonEmpty('acc-hkd-hai-yen'),
      role: 'subject',
      org: nonEmpty('Hộ kinh doanh Hải Yến'),
      area: '23149',
      subject: subject('hkd-hai-yen'),
      person: person('rep-cha-ca'),
    },
  },
  {
    label: 'commune officer (Xã Tánh Linh)',
    claims: { sub: nonEmpty('acc-xa-tanh-linh'), role: 'communeOfficer', org: nonEmpty('UBND xã Tánh Linh'), area: '23149' },
  },
  {
    label: 'provincial OCOP office (Lâm Đồng)',
    claims: {
      sub: nonEmpty('acc-lamdong-ocop'),
      role: 'provincialOffice',
      org: nonEmpty('Văn phòng Điều phối nông thôn mới tỉnh Lâm Đồng'),
      area: '68',
    },
  },
  {
    label: 'council member (Lâm Đồng council, Sở Công Thương)',
    claims: {
      sub: nonEmpty('acc-ld-ct'),
      role: 'councilMember',
      org: nonEmpty('Hội đồng OCOP tỉnh Lâm Đồng'),
      area: '68',
      person: person('ld-ct'),
    },
  },
  {
    label: 'council chair (Lâm Đồng council)',
    claims: {
      sub: nonEmpty('acc-ld-chair'),
      role: 'councilChair',
      org: nonEmpty('Hội đồng OCOP tỉnh Lâm Đồng'),
      area: '68',
      person: person('ld-chair'),
    },
  },
  {
    label: 'recognising authority (UBND tỉnh Lâm Đồng)',
    claims: {
      sub: nonEmpty('acc-authority-lamdong'),
      role: 'recognisingAuthority',
      org: nonEmpty('UBND tỉnh Lâm Đồng'),
      area: '68',
      person: person('signer-lamdong'),
    },
  },
  { label: 'auditor', claims: { sub: nonEmpty('acc-auditor'), role: 'auditor', org: nonEmpty('Kiểm toán OCOP'), area: 'VN' } },
  { label: 'administrator', claims: { sub: nonEmpty('acc-admin'), role: 'administrator', org: nonEmpty('Quản trị hệ thống'), area: 'VN' } },
];
