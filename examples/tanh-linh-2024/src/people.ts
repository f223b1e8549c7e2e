// Invented people and offices of the example. The places and the products are those of the news article
// (examples/tanh-linh-2024/README.md); every name of a person, every decision number and every score is
// made up, and says nothing about the real subjects.
import { date, nonEmpty } from '@ocop/kernel';
import type { Level } from '@ocop/rules';
import { PersonId, personalValue, type Actor, type DecisionRef, type Member, type Role } from '@ocop/domain';

export const person = (id: string): PersonId => {
  if (!PersonId.is(id)) throw new Error(`not a person id: ${id}`);
  return id;
};

export const actor = (role: Role, id: string, organisation: string): Actor => ({
  id: nonEmpty(id),
  role,
  organisation: nonEmpty(organisation),
});

export const offices = {
  tanhLinhDistrict: actor('districtOffice', 'acc-tanhlinh-ocop', 'Phòng Nông nghiệp và PTNT huyện Tánh Linh'),
  binhThuanProvince: actor('provincialOffice', 'acc-binhthuan-ocop', 'Văn phòng Điều phối nông thôn mới tỉnh Bình Thuận'),
  lamDongProvince: actor('provincialOffice', 'acc-lamdong-ocop', 'Văn phòng Điều phối nông thôn mới tỉnh Lâm Đồng'),
  commune: (name: string) => actor('communeOfficer', `acc-${name.toLowerCase().replace(/\s+/g, '-')}`, `UBND xã ${name}`),
  advisory: (province: string) => actor('advisoryTeam', `acc-tu-van-${province}`, `Tổ tư vấn Hội đồng OCOP tỉnh ${province}`),
  chair: (council: string) => actor('councilChair', `acc-chair-${council}`, council),
  member: (council: string, id: string) => actor('councilMember', `acc-${id}`, council),
  authority: (level: Level, office: string) => actor('recognisingAuthority', `acc-authority-${level}-${office}`, office),
};

const signers: Readonly<
  Record<string, { readonly id: string; readonly name: string; readonly title: string; readonly level: Level; readonly province?: string }>
> = {
  tanhLinh: { id: 'signer-tanhlinh', name: 'Trần Văn Bình', title: 'Chủ tịch UBND huyện Tánh Linh', level: 'district', province: '60' },
  binhThuan: { id: 'signer-binhthuan', name: 'Lê Thị Hoa', title: 'Chủ tịch UBND tỉnh Bình Thuận', level: 'province', province: '60' },
  lamDong: { id: 'signer-lamdong', name: 'Phạm Quốc Minh', title: 'Chủ tịch UBND tỉnh Lâm Đồng', level: 'province', province: '68' },
};

/** A decision (quyết định) of one of the example's signers. */
export const decision = (signer: keyof typeof signers, number: string, day: string): DecisionRef => {
  const s = signers[signer];
  if (!s) throw new Error(`no signer ${signer}`);
  return {
    number: nonEmpty(number),
    date: date(day),
    signer: {
      person: person(s.id),
      name: personalValue(person(s.id), { fullName: s.name }),
      title: nonEmpty(s.title),
      level: s.level,
      ...(s.province === undefined ? {} : { province: s.province }),
    },
  };
};

const member = (id: string, fullName: string, organisation: string, position: string): Member => ({
  person: person(id),
  name: personalValue(person(id), { fullName }),
  organisation: nonEmpty(organisation),
  position: nonEmpty(position),
});

/** The district council: a vice-chairman of the district and the district's offices. */
export const tanhLinhMembers: ReadonlyArray<Member> = [
  member('tl-chair', 'Nguyễn Văn Hùng', 'UBND huyện Tánh Linh', 'Phó Chủ tịch, Chủ tịch Hội đồng'),
  member('tl-nn', 'Võ Thị Mai', 'Phòng Nông nghiệp và PTNT', 'Trưởng phòng'),
  member('tl-kt', 'Đặng Văn Tâm', 'Phòng Kinh tế - Hạ tầng', 'Phó Trưởng phòng'),
  member('tl-yt', 'Huỳnh Thị Lan', 'Phòng Y tế', 'Chuyên viên'),
  member('tl-vh', 'Lý Văn Sơn', 'Phòng Văn hóa - Thông tin', 'Chuyên viên'),
  member('tl-dv', 'Trương Thị Ngọc', 'Trung tâm Dịch vụ nông nghiệp', 'Giám đốc'),
  member('tl-hnd', 'Bùi Văn Phúc', 'Hội Nông dân huyện', 'Phó Chủ tịch'),
];

/** The provincial council of Bình Thuận (until 2025). */
export const binhThuanMembers: ReadonlyArray<Member> = [
  member('bt-chair', 'Đỗ Minh Quang', 'UBND tỉnh Bình Thuận', 'Phó Chủ tịch, Chủ tịch Hội đồng'),
  member('bt-nn', 'Phan Thị Thu', 'Sở Nông nghiệp và PTNT', 'Phó Giám đốc'),
  member('bt-ct', 'Hồ Văn Lực', 'Sở Công Thương', 'Phó Giám đốc'),
  member('bt-yt', 'Mai Thị Hạnh', 'Sở Y tế', 'Trưởng phòng'),
  member('bt-kh', 'Tạ Văn Khoa', 'Sở Khoa học và Công nghệ', 'Trưởng phòng'),
  member('bt-vh', 'Dương Thị Yến', 'Sở Văn hóa, Thể thao và Du lịch', 'Phó Trưởng phòng'),
  member('bt-vp', 'Châu Văn Nam', 'Văn phòng Điều phối nông thôn mới', 'Chánh Văn phòng'),
  member('bt-atvs', 'Kiều Thị Oanh', 'Chi cục Quản lý chất lượng nông lâm thủy sản', 'Chi cục trưởng'),
];

/** The provincial council of Lâm Đồng after the merger (QĐ 26/2026 Art. 7.3.b). */
export const lamDongMembers: ReadonlyArray<Member> = [
  member('ld-chair', 'Vũ Đức Thịnh', 'UBND tỉnh Lâm Đồng', 'Phó Chủ tịch, Chủ tịch Hội đồng'),
  member('ld-nmt', 'Đinh Thị Phương', 'Sở Nông nghiệp và Môi trường', 'Phó Giám đốc'),
  member('ld-ct', 'Lâm Văn Đạt', 'Sở Công Thương', 'Phó Giám đốc'),
  member('ld-yt', 'Ông Thị Bích', 'Sở Y tế', 'Trưởng phòng'),
  member('ld-kh', 'Quách Văn Hải', 'Sở Khoa học và Công nghệ', 'Trưởng phòng'),
  member('ld-vh', 'Hà Thị Thanh', 'Sở Văn hóa, Thể thao và Du lịch', 'Phó Trưởng phòng'),
  member('ld-vp', 'Ninh Văn Trọng', 'Văn phòng Điều phối nông thôn mới', 'Chánh Văn phòng'),
  member('ld-cl', 'Tôn Thị Diệu', 'Chi cục Chất lượng, Chế biến và Phát triển thị trường', 'Chi cục trưởng'),
  member('ld-cg', 'Lưu Quang Vinh', 'Chuyên gia tư vấn OCOP', 'Chuyên gia'),
];

/** Representatives of the subjects, with the facts criterion 3.2 asks about. */
export const representatives = {
  ducLan: { id: 'rep-duc-lan', fullName: 'Nguyễn Thị Lệ', phone: '0900000001', woman: true, ethnicMinority: false, disability: false },
  giaAn: { id: 'rep-gia-an', fullName: 'K’Brơi Thị Sen', phone: '0900000002', woman: true, ethnicMinority: true, disability: false },
  yenSao: { id: 'rep-yen-sao', fullName: 'Lê Hoàng Phong', phone: '0900000003', woman: false, ethnicMinority: false, disability: false },
  sauRieng: { id: 'rep-sau-rieng', fullName: 'Trần Văn Mười', phone: '0900000004', woman: false, ethnicMinority: false, disability: true },
  chaCa: { id: 'rep-cha-ca', fullName: 'Phan Thị Hải Yến', phone: '0900000005', woman: true, ethnicMinority: false, disability: false },
  tho: { id: 'rep-tho', fullName: 'Đoàn Văn Lâm', phone: '0900000006', woman: false, ethnicMinority: false, disability: false },
  nghe: { id: 'rep-nghe', fullName: 'Lê Thị Đông', phone: '0900000007', woman: true, ethnicMinority: false, disability: false },
} as const;
