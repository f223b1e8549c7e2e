// Invented council members and the council snapshot a round starts from. Nobody here is a real person.
import { nonEmpty } from '@ocop/kernel';
import { defaultCouncilRules, type CouncilRules } from '@ocop/rules';
import { personalValue, type CouncilSnapshot, type Member } from '../src/index.js';
import { person } from './fixtures.js';

export const member = (id: string, fullName: string, organisation: string, position: string): Member => ({
  person: person(id),
  name: personalValue(person(id), { fullName }),
  organisation: nonEmpty(organisation),
  position: nonEmpty(position),
});

/** QĐ 26/2026 Art. 7.3.b: a leader of the provincial People's Committee chairs; departments send members. */
export const chair = member('tv-chu-tich', 'Lê Văn An', 'UBND tỉnh Lâm Đồng', 'Phó Chủ tịch UBND tỉnh');
export const agriculture = member('tv-nnmt', 'Phạm Thị Bình', 'Sở Nông nghiệp và Môi trường', 'Phó Giám đốc');
export const trade = member('tv-ct', 'Hoàng Văn Cường', 'Sở Công Thương', 'Trưởng phòng');
export const health = member('tv-yt', 'Đỗ Thị Dung', 'Sở Y tế', 'Chuyên viên');
export const science = member('tv-khcn', 'Vũ Văn Em', 'Sở Khoa học và Công nghệ', 'Phó Giám đốc');

/** Four members, the chair first. */
export const members: ReadonlyArray<Member> = [chair, agriculture, trade, health];

/** The council as a round records it: persons and organisations, the chair and the operating rules. */
export const snapshot = (rules: CouncilRules = defaultCouncilRules, of: ReadonlyArray<Member> = members): CouncilSnapshot => ({
  chair: chair.person,
  members: of.map((m) => ({ person: m.person, organisation: m.organisation })),
  rules,
});
