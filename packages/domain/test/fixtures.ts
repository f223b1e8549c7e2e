// Shared test data: invented people, offices and dates. Nothing here is a real person.
import { date, instant, nonEmpty, type Instant, type LocalDate } from '@ocop/kernel';
import { criteriaOf, findSheet, qd26Catalogue, type Answers, type Level } from '@ocop/rules';
import type { Actor, DecisionRef, Evidence, Role } from '../src/index.js';
import {
  CertificateId,
  CouncilId,
  DossierId,
  PersonId,
  ProductId,
  RoundId,
  SubjectId,
  personalValue,
  sensitiveValue,
} from '../src/index.js';
import * as t from 'io-ts';

const brand = <A>(codec: t.Type<A, unknown, unknown>, s: string): A => {
  if (!codec.is(s)) throw new Error(`not a ${codec.name}: ${s}`);
  return s;
};

export const subjectId = brand(SubjectId, 'htx-duc-lan');
export const productId = brand(ProductId, 'gao-st25');
export const dossierId = brand(DossierId, 'd-2026-001');
export const councilId = brand(CouncilId, 'hd-lam-dong-2026');
export const roundId = brand(RoundId, 'r-lam-dong-2026-2');
export const certificateId = (s: string) => brand(CertificateId, s);
export const person = (s: string) => brand(PersonId, s);

export const actor = (role: Role, id = `${role}-1`, organisation = 'UBND tỉnh Lâm Đồng'): Actor => ({
  id: nonEmpty(id),
  role,
  organisation: nonEmpty(organisation),
});
export const subjectActor = actor('subject', 'acc-htx', 'HTX Đức Lan');
export const communeOfficer = actor('communeOfficer', 'acc-commune', 'UBND xã Tánh Linh');
export const provincialOffice = actor('provincialOffice', 'acc-office', 'Văn phòng điều phối OCOP tỉnh Lâm Đồng');
export const system = actor('system', 'process-manager', 'ocop-ledger');

/** Noon in Vietnam on `day` (05:00 UTC), so that its local date is `day`. */
export const noon = (day: string): Instant => instant(`${day}T05:00:00.000Z`);
export const ctx = (day: string, by: Actor = provincialOffice) => ({ at: noon(day), by });

const titles: Readonly<Record<Level, string>> = {
  commune: 'Chủ tịch UBND cấp xã',
  district: 'Chủ tịch UBND cấp huyện',
  province: 'Chủ tịch UBND cấp tỉnh',
  central: 'Bộ trưởng Bộ Nông nghiệp và Môi trường',
};

export const decision = (level: Level, day: string, number = `${level}-${day}`): DecisionRef => ({
  number: nonEmpty(number),
  date: date(day),
  signer: {
    person: person(`signer-${level}`),
    name: personalValue(person(`signer-${level}`), { fullName: `Người ký ${level}` }),
    title: nonEmpty(titles[level]),
    level,
  },
});

export const evidence = (title: string): Evidence => ({
  title: nonEmpty(title),
  sha256: brand(
    t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'sha256 hex'),
    'a'.repeat(64),
  ),
});

export const rice = (() => {
  const sheet = findSheet(qd26Catalogue, 3);
  if (!sheet) throw new Error('no sheet 3');
  return sheet;
})();

/** Answers giving each criterion its best option, with `changes` applied. */
export const riceAnswers = (changes: Answers = {}): Answers => ({
  ...Object.fromEntries(
    criteriaOf(rice).map((c) => {
      if (c.kind === 'yesNo') return [c.code, 1];
      const best = Math.max(...c.options.map((o) => o.points));
      return [c.code, c.options.findIndex((o) => o.points === best) + 1];
    }),
  ),
  ...changes,
});

/** 3 stars: the 4-star minimums of 2.3 and 5.1 missed (a label without a traceability code). */
export const threeStarRice = riceAnswers({ '2.3': 2, '5.1': 4 });

export const area = { province: '68', commune: '23149' } as const;
export const oldArea = { province: '60', district: '599', commune: '23176' } as const;

export const representative = {
  representative: personalValue(person('rep-1'), { fullName: 'Nguyễn Thị Lan', phone: '0912345678', address: 'Tánh Linh' }),
  representativeFacts: sensitiveValue(person('rep-1'), { woman: true, ethnicMinority: false, disability: false }),
};

export const day = (s: string): LocalDate => date(s);
