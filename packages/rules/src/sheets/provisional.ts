import { nonEmpty as text } from '@ocop/kernel';
import type { LegalSource } from '../provenance.js';
import type { SheetCatalogue } from './catalogue.js';
import type { CriteriaGroup, Criterion, Sheet, SheetPart } from './sheet.js';
import { qd26Catalogue } from './qd26-catalogue.js';

/**
 * Stand-in sheets for QĐ 148/2023, whose official sheets the project has not seen: the QĐ 26/2026 sheets,
 * which keep QĐ 148's parts (40/25/35) and its star-marked minimum criteria.
 */
export const qd148ProvisionalCatalogue = (source: LegalSource): SheetCatalogue => ({
  ...qd26Catalogue,
  id: text('qd148-2023-provisional'),
  title: text('Phiếu tạm thời cho QĐ 148/QĐ-TTg: các phiếu của QĐ 26/2026/QĐ-TTg'),
  provenance: {
    status: 'provisional',
    source,
    note: text(
      'The official QĐ 148 sheets were not available. The QĐ 26/2026 sheets stand in for them: QĐ 148 has the same parts (A 40, B 25, C 35) and reported star-marked minimum criteria. Load the official sheets with loadCatalogue to replace them.',
    ),
  },
});

const choice = (code: string, title: string, max: number, extra: Partial<Criterion> = {}): Criterion => ({
  code: text(code),
  title: text(title),
  max,
  kind: 'choice',
  options: Array.from({ length: max + 1 }, (_, p) => ({ label: text(`Mức ${p} (${p} điểm)`), points: p })),
  ...extra,
});

const group = (code: string, title: string, criteria: ReadonlyArray<Criterion>): CriteriaGroup => ({
  code: text(code),
  title: text(title),
  max: criteria.reduce((n, c) => n + c.max, 0),
  criteria,
});

const part = (code: 'A' | 'B' | 'C', title: string, groups: ReadonlyArray<CriteriaGroup>): SheetPart => ({
  code,
  title: text(title),
  max: groups.reduce((n, g) => n + g.max, 0),
  groups,
});

// The group structure reported for the QĐ 1048 sheets (A 35, B 25, C 40); the split of points inside
// each group and the options (0 to the maximum) are the project's own.
const qd1048Parts: ReadonlyArray<SheetPart> = [
  part('A', 'SẢN PHẨM VÀ SỨC MẠNH CỦA CỘNG ĐỒNG (35 Điểm)', [
    group('1', 'TỔ CHỨC SẢN XUẤT', [
      choice('1.1', 'Nguồn nguyên liệu', 3),
      choice('1.2', 'Gia tăng giá trị', 3),
      choice('1.3', 'Năng lực sản xuất', 3),
      choice('1.4', 'Liên kết sản xuất', 3),
      choice('1.5', 'Bảo vệ môi trường', 3),
      choice('1.6', 'Sử dụng năng lượng', 2),
    ]),
    group('2', 'PHÁT TRIỂN SẢN PHẨM', [
      choice('2.1', 'Nguồn gốc ý tưởng sản phẩm', 3),
      choice('2.2', 'Tính hoàn thiện của bao bì', 3),
      choice('2.3', 'Phong cách bao bì', 3),
    ]),
    group('3', 'SỨC MẠNH CỘNG ĐỒNG', [
      choice('3.1', 'Loại hình tổ chức sản xuất - kinh doanh', 3),
      choice('3.2', 'Sự tham gia của cộng đồng trong quản lý', 2),
      choice('3.3', 'Sử dụng lao động địa phương', 2),
      choice('3.4', 'Tăng trưởng sản xuất kinh doanh', 1),
      choice('3.5', 'Kế toán', 1),
    ]),
  ]),
  part('B', 'KHẢ NĂNG TIẾP THỊ (25 Điểm)', [
    group('4', 'TIẾP THỊ', [
      choice('4.1', 'Khu vực phân phối chính', 5),
      choice('4.2', 'Tổ chức phân phối', 5),
      choice('4.3', 'Quảng bá sản phẩm', 5),
    ]),
    group('5', 'CÂU CHUYỆN SẢN PHẨM', [
      choice('5.1', 'Câu chuyện sản phẩm', 5),
      choice('5.2', 'Trí tuệ/bản sắc địa phương', 3),
      choice('5.3', 'Cấu trúc câu chuyện sản phẩm', 2, {
        appliesWhen: { criterion: text('5.1'), minPoints: 1, text: text('Chỉ áp dụng khi có câu chuyện sản phẩm') },
      }),
    ]),
  ]),
  part('C', 'CHẤT LƯỢNG SẢN PHẨM (40 Điểm)', [
    group('6', 'CHỈ TIÊU CẢM QUAN', [
      choice('6.1', 'Chỉ tiêu cảm quan thứ nhất', 6),
      choice('6.2', 'Chỉ tiêu cảm quan thứ hai', 6),
      choice('6.3', 'Chỉ tiêu cảm quan thứ ba', 6),
    ]),
    group('7', 'DINH DƯỠNG', [choice('7', 'Dinh dưỡng', 2)]),
    group('8', 'TÍNH ĐỘC ĐÁO', [choice('8', 'Tính độc đáo', 5)]),
    group('9', 'CÔNG BỐ CHẤT LƯỢNG, AN TOÀN THỰC PHẨM', [choice('9', 'Công bố chất lượng và kiểm nghiệm', 5)]),
    group('10', 'ĐẢM BẢO CHẤT LƯỢNG', [choice('10', 'Đảm bảo chất lượng', 5)]),
    group('11', 'CƠ HỘI THỊ TRƯỜNG TOÀN CẦU', [choice('11', 'Cơ hội thị trường toàn cầu', 5)]),
  ]),
];

/**
 * Stand-in sheets for QĐ 1048/2019, whose official sheets the project has not seen: one generic sheet per
 * product set with the reported parts (35/25/40) and groups, options from 0 to each criterion's maximum,
 * and no minimum markers. Good enough to replay a history's arithmetic; not the act's wording.
 */
export const qd1048ProvisionalCatalogue = (source: LegalSource): SheetCatalogue => ({
  id: text('qd1048-2019-provisional'),
  title: text('Phiếu tạm thời cho QĐ 1048/QĐ-TTg (cấu trúc nhóm tiêu chí, không phải văn bản gốc)'),
  provenance: {
    status: 'provisional',
    source,
    note: text(
      "The official QĐ 1048 sheets were not available. Each product set gets one generic sheet with the parts (A 35, B 25, C 40) and the criteria groups reported by provincial reproductions of the act; the points within groups and the options are the project's own. Load the official sheets with loadCatalogue to replace them.",
    ),
  },
  parts: { A: 35, B: 25, C: 40 },
  sheets: qd26Catalogue.sheets.map((s): Sheet => ({
    number: s.number,
    name: s.name,
    nameEn: s.nameEn,
    classification: s.classification,
    parts: qd1048Parts,
    disqualifications: [{ id: text('dossier'), text: text('Hồ sơ giả mạo hoặc không đáp ứng về hồ sơ đăng ký theo quy định') }],
    knockOuts: [],
  })),
});
