import { date } from '@ocop/kernel';
import { CertificateId } from '@ocop/domain';
import type { EventStore } from '@ocop/eventstore';
import { createLedger, type Ledger } from '@ocop/ledger';
import { binhThuanMembers, decision, lamDongMembers, offices, representatives, tanhLinhMembers } from './people.js';
import { story } from './story.js';

// Administrative codes as recorded at the time (helper data in @ocop/rules, areas): Bình Thuận 60, Tánh Linh
// district 599 and its communes until 30/06/2025; Lâm Đồng 68 and the merged communes from 01/07/2025.
const old = (commune: string) => ({ province: '60', district: '599', commune });
const now = (commune: string) => ({ province: '68', commune });
const LAC_TANH = '23149';
const GIA_AN = '23176';
const DUC_PHU = '23170';
const BAC_RUONG = '23152';
const DONG_KHO = '23173';
const NGHI_DUC = '23158';
const XA_TANH_LINH = '23149';

const certificate = (id: string) => {
  if (!CertificateId.is(id)) throw new Error(`not a certificate id: ${id}`);
  return id;
};

const TL = 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Tánh Linh';
const BT = 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Bình Thuận';
const LD = 'Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Lâm Đồng';

/**
 * Tánh Linh's OCOP history, 2022–2026, told through the ledger's commands: every event is written by a
 * decider, as an office or council would write it through the host. Returns the ledger over `store`.
 */
export const loadTanhLinh = async (store: EventStore): Promise<Ledger> => {
  const ledger = createLedger(store);
  const s = story(ledger, store);
  const district = offices.tanhLinhDistrict;
  const binhThuan = offices.binhThuanProvince;
  const lamDong = offices.lamDongProvince;
  const tanhLinhChair = offices.authority('district', 'UBND huyện Tánh Linh');
  const binhThuanChair = offices.authority('province', 'UBND tỉnh Bình Thuận');
  const lamDongChair = offices.authority('province', 'UBND tỉnh Lâm Đồng');

  // 2022, QĐ 1048/2019: Gạo Đức Lan, scored by the district, recognised 3★ by the province.
  await s.registerSubject({
    id: 'htx-duc-lan',
    name: 'HTX Nông nghiệp Đức Lan',
    legalForm: 'cooperative',
    area: old(DUC_PHU),
    registration: '4807000012',
    on: '2022-01-10',
    representative: representatives.ducLan,
  });
  await s.registerProduct({ id: 'gao-duc-lan', subject: 'htx-duc-lan', name: 'Gạo Đức Lan', sheet: 3, on: '2022-01-12', by: district });
  await s.importCouncilV1({
    id: 'hd-tanh-linh-2022',
    province: '60',
    district: '599',
    ruleSet: 'qd1048-2019',
    members: tanhLinhMembers,
    decision: decision('tanhLinh', '312/QĐ-UBND', '2022-02-15'),
    by: district,
  });
  await s.establishCouncil({
    id: 'hd-binh-thuan-2022',
    level: 'province',
    province: '60',
    members: binhThuanMembers,
    decision: decision('binhThuan', '410/QĐ-UBND', '2022-02-20'),
    by: binhThuan,
  });
  await s.file({
    id: 'hs-2022-duc-lan',
    product: 'gao-duc-lan',
    subject: 'htx-duc-lan',
    legalForm: 'cooperative',
    sheet: 3,
    kind: 'first',
    area: old(DUC_PHU),
    on: '2022-03-01',
    selfStars: 3,
    selfTotal: 66,
  });
  await s.forward('hs-2022-duc-lan', 'district', '2022-03-05', offices.commune('Đức Phú'));
  await s.intake('hs-2022-duc-lan', '2022-03-10', district);
  await s.openRound({
    id: 'dot-tanh-linh-2022-1',
    council: 'hd-tanh-linh-2022',
    level: 'district',
    province: '60',
    district: '599',
    year: 2022,
    number: 1,
    members: tanhLinhMembers,
    on: '2022-04-01',
    by: district,
  });
  await s.evaluate({
    round: 'dot-tanh-linh-2022-1',
    dossier: 'hs-2022-duc-lan',
    product: 'gao-duc-lan',
    sheet: 3,
    ruleSet: 'qd1048-2019',
    kind: 'first',
    filedOn: '2022-03-01',
    members: tanhLinhMembers,
    council: TL,
    stars: 3,
    totals: [63, 65, 61, 64, 62, 66, 60],
    on: '2022-04-15',
    office: district,
  });
  await s.closeRound('dot-tanh-linh-2022-1', tanhLinhMembers, TL, '2022-04-16');
  await s.forward('hs-2022-duc-lan', 'province', '2022-04-20', district, decision('tanhLinh', '520/QĐ-UBND', '2022-04-20'));
  await s.intake('hs-2022-duc-lan', '2022-04-25', binhThuan);
  await s.openRound({
    id: 'dot-binh-thuan-2022-1',
    council: 'hd-binh-thuan-2022',
    level: 'province',
    province: '60',
    year: 2022,
    number: 1,
    members: binhThuanMembers,
    on: '2022-05-10',
    by: binhThuan,
  });
  await s.evaluate({
    round: 'dot-binh-thuan-2022-1',
    dossier: 'hs-2022-duc-lan',
    product: 'gao-duc-lan',
    sheet: 3,
    ruleSet: 'qd1048-2019',
    kind: 'first',
    filedOn: '2022-03-01',
    members: binhThuanMembers,
    council: BT,
    stars: 3,
    totals: [62, 64, 63, 61, 65, 60, 63, 62],
    on: '2022-06-01',
    office: binhThuan,
  });
  await s.closeRound('dot-binh-thuan-2022-1', binhThuanMembers, BT, '2022-06-02');
  await s.recognise({
    product: 'gao-duc-lan',
    dossier: 'hs-2022-duc-lan',
    certificate: 'gcn-bt-2022-015',
    stars: 3,
    decision: decision('binhThuan', '1420/QĐ-UBND', '2022-06-15'),
    by: binhThuanChair,
  });

  // 2023, QĐ 148/2023: three household and farm products recognised 3★ by the district.
  await s.establishCouncil({
    id: 'hd-tanh-linh-2023',
    level: 'district',
    province: '60',
    district: '599',
    members: tanhLinhMembers,
    decision: decision('tanhLinh', '150/QĐ-UBND', '2023-04-03'),
    by: district,
  });
  const products2023 = [
    {
      subject: 'hkd-hai-yen',
      name: 'Hộ kinh doanh Hải Yến',
      form: 'household',
      commune: LAC_TANH,
      rep: representatives.chaCa,
      product: 'cha-ca-that-lat',
      productName: 'Chả cá thát lát',
      sheet: 8,
      dossier: 'hs-2023-cha-ca',
      total: 64,
      certificate: 'gcn-tl-2023-118',
      decided: '2023-11-20',
      number: '1180/QĐ-UBND',
    },
    {
      subject: 'tt-tho-dong-kho',
      name: 'Trang trại thỏ Đồng Kho',
      form: 'farm',
      commune: DONG_KHO,
      rep: representatives.tho,
      product: 'thit-tho-say',
      productName: 'Thịt thỏ sấy gác bếp',
      sheet: 8,
      dossier: 'hs-2023-tho',
      total: 61,
      certificate: 'gcn-tl-2023-096',
      decided: '2023-09-20',
      number: '960/QĐ-UBND',
    },
    {
      subject: 'hkd-dong-dan',
      name: 'Hộ kinh doanh Đông Đan',
      form: 'household',
      commune: NGHI_DUC,
      rep: representatives.nghe,
      product: 'tinh-bot-nghe',
      productName: 'Tinh bột nghệ Đông Đan',
      sheet: 20,
      dossier: 'hs-2023-nghe',
      total: 63,
      certificate: 'gcn-tl-2023-084',
      decided: '2023-08-25',
      number: '845/QĐ-UBND',
    },
  ] as const;
  for (const p of products2023) {
    await s.registerSubject({
      id: p.subject,
      name: p.name,
      legalForm: p.form,
      area: old(p.commune),
      registration: `48${p.commune}`,
      on: '2023-03-15',
      representative: p.rep,
    });
    await s.registerProduct({ id: p.product, subject: p.subject, name: p.productName, sheet: p.sheet, on: '2023-03-20', by: district });
    await s.file({
      id: p.dossier,
      product: p.product,
      subject: p.subject,
      legalForm: p.form,
      sheet: p.sheet,
      kind: 'first',
      area: old(p.commune),
      on: '2023-05-02',
      selfStars: 3,
      selfTotal: p.total + 3,
    });
    await s.communeCheck(p.dossier, '2023-05-15', offices.commune(p.commune));
    await s.forward(p.dossier, 'district', '2023-05-18', offices.commune(p.commune));
    await s.intake(p.dossier, '2023-05-25', district);
  }
  await s.openRound({
    id: 'dot-tanh-linh-2023-1',
    council: 'hd-tanh-linh-2023',
    level: 'district',
    province: '60',
    district: '599',
    year: 2023,
    number: 1,
    members: tanhLinhMembers,
    on: '2023-07-01',
    by: district,
  });
  for (const p of products2023)
    await s.evaluate({
      round: 'dot-tanh-linh-2023-1',
      dossier: p.dossier,
      product: p.product,
      sheet: p.sheet,
      ruleSet: 'qd148-2023',
      kind: 'first',
      filedOn: '2023-05-02',
      members: tanhLinhMembers,
      council: TL,
      stars: 3,
      totals: [p.total - 2, p.total, p.total + 1, p.total - 1, p.total + 2, p.total, p.total - 1],
      on: '2023-07-20',
      office: district,
    });
  await s.closeRound('dot-tanh-linh-2023-1', tanhLinhMembers, TL, '2023-07-21');
  for (const p of products2023)
    await s.recognise({
      product: p.product,
      dossier: p.dossier,
      certificate: p.certificate,
      stars: 3,
      decision: decision('tanhLinh', p.number, p.decided),
      by: tanhLinhChair,
    });

  // 2024, QĐ 148/2023: the plan, and round 1 with ST25 rice, refined bird's nest and a cooperative group's durian.
  await s.setTargets({ id: '60.599.2024', area: { province: '60', district: '599' }, year: 2024, on: '2024-05-28', by: district });
  await s.establishCouncil({
    id: 'hd-tanh-linh-2024',
    level: 'district',
    province: '60',
    district: '599',
    members: tanhLinhMembers,
    decision: decision('tanhLinh', '90/QĐ-UBND', '2024-03-01'),
    by: district,
  });
  const products2024 = [
    {
      subject: 'htx-gia-an',
      name: 'HTX Nông nghiệp Gia An',
      form: 'cooperative',
      commune: GIA_AN,
      rep: representatives.giaAn,
      product: 'gao-st25',
      productName: 'Gạo ST25 Gia An',
      sheet: 3,
      dossier: 'hs-2024-st25',
      stars: 3,
      total: 64,
    },
    {
      subject: 'cty-yen-sao-tanh-linh',
      name: 'Công ty TNHH Yến sào Tánh Linh',
      form: 'sme',
      commune: LAC_TANH,
      rep: representatives.yenSao,
      product: 'yen-sao-tinh-che',
      productName: 'Yến sào tinh chế',
      sheet: 8,
      dossier: 'hs-2024-yen-sao',
      stars: 4,
      total: 76,
    },
    {
      subject: 'tht-sau-rieng-bac-ruong',
      name: 'Tổ hợp tác sầu riêng Bắc Ruộng',
      form: 'cooperativeGroup',
      commune: BAC_RUONG,
      rep: representatives.sauRieng,
      product: 'sau-rieng-bac-ruong',
      productName: 'Sầu riêng Bắc Ruộng',
      sheet: 1,
      dossier: 'hs-2024-sau-rieng',
      stars: 2,
      total: 44,
    },
  ] as const;
  for (const p of products2024) {
    await s.registerSubject({
      id: p.subject,
      name: p.name,
      legalForm: p.form,
      area: old(p.commune),
      registration: `48${p.commune}`,
      on: '2024-02-05',
      representative: p.rep,
    });
    await s.registerProduct({ id: p.product, subject: p.subject, name: p.productName, sheet: p.sheet, on: '2024-02-10', by: district });
    await s.file({
      id: p.dossier,
      product: p.product,
      subject: p.subject,
      legalForm: p.form,
      sheet: p.sheet,
      kind: 'first',
      area: old(p.commune),
      on: '2024-04-02',
      selfStars: p.stars,
      selfTotal: p.total + 4,
    });
    await s.communeCheck(p.dossier, '2024-04-12', offices.commune(p.commune));
    await s.forward(p.dossier, 'district', '2024-04-16', offices.commune(p.commune));
    await s.intake(p.dossier, '2024-04-22', district);
  }
  await s.assignCode('gao-st25', '60-599-23176-12-2024', '2024-07-06', district);
  await s.assignCode('yen-sao-tinh-che', '60-599-23149-14-2024', '2024-07-06', district);
  await s.openRound({
    id: 'dot-tanh-linh-2024-1',
    council: 'hd-tanh-linh-2024',
    level: 'district',
    province: '60',
    district: '599',
    year: 2024,
    number: 1,
    members: tanhLinhMembers,
    on: '2024-06-03',
    by: district,
  });
  for (const p of products2024)
    await s.evaluate({
      round: 'dot-tanh-linh-2024-1',
      dossier: p.dossier,
      product: p.product,
      sheet: p.sheet,
      ruleSet: 'qd148-2023',
      kind: 'first',
      filedOn: '2024-04-02',
      members: tanhLinhMembers,
      council: TL,
      stars: p.stars,
      totals: [p.total - 1, p.total + 1, p.total, p.total - 2, p.total + 2, p.total, p.total + 1],
      on: '2024-06-20',
      office: district,
    });
  await s.closeRound('dot-tanh-linh-2024-1', tanhLinhMembers, TL, '2024-06-25');
  await s.recognise({
    product: 'gao-st25',
    dossier: 'hs-2024-st25',
    certificate: 'gcn-tl-2024-031',
    stars: 3,
    decision: decision('tanhLinh', '1650/QĐ-UBND', '2024-07-05'),
    by: tanhLinhChair,
  });
  await s.list('gao-st25', 'Shopee', 'ecommerce', '2024-08-01', district);
  await s.list('gao-st25', 'Postmart', 'ecommerce', '2024-08-15', district);
  // 70 points or more at the district go to the province (QĐ 148/2023), once the district chairman approves.
  await s.forward('hs-2024-yen-sao', 'province', '2024-07-08', district, decision('tanhLinh', '1672/QĐ-UBND', '2024-07-08'));
  await s.establishCouncil({
    id: 'hd-binh-thuan-2024',
    level: 'province',
    province: '60',
    members: binhThuanMembers,
    decision: decision('binhThuan', '2010/QĐ-UBND', '2024-08-01'),
    by: binhThuan,
  });
  await s.intake('hs-2024-yen-sao', '2024-08-10', binhThuan);
  await s.advisoryReview('hs-2024-yen-sao', '2024-09-05', offices.advisory('Bình Thuận'));
  await s.openRound({
    id: 'dot-binh-thuan-2024-2',
    council: 'hd-binh-thuan-2024',
    level: 'province',
    province: '60',
    year: 2024,
    number: 2,
    members: binhThuanMembers,
    on: '2024-10-01',
    by: binhThuan,
  });
  await s.evaluate({
    round: 'dot-binh-thuan-2024-2',
    dossier: 'hs-2024-yen-sao',
    product: 'yen-sao-tinh-che',
    sheet: 8,
    ruleSet: 'qd148-2023',
    kind: 'first',
    filedOn: '2024-04-02',
    members: binhThuanMembers,
    council: BT,
    stars: 4,
    totals: [75, 77, 74, 76, 78, 75, 76, 74],
    on: '2024-11-05',
    office: binhThuan,
  });
  await s.closeRound('dot-binh-thuan-2024-2', binhThuanMembers, BT, '2024-11-06');
  await s.recognise({
    product: 'yen-sao-tinh-che',
    dossier: 'hs-2024-yen-sao',
    certificate: 'gcn-bt-2024-044',
    stars: 4,
    decision: decision('binhThuan', '2890/QĐ-UBND', '2024-11-15'),
    by: binhThuanChair,
  });
  await s.list('yen-sao-tinh-che', 'Lazada', 'ecommerce', '2024-12-01', district);
  await s.list('yen-sao-tinh-che', 'Co.opmart', 'retail', '2024-12-10', district);

  // 2025: Gạo Đức Lan's certificate (15/06/2022) runs out; nobody re-evaluated it.
  await s.expire('gao-duc-lan', 'gcn-bt-2022-015', '2025-06-16');

  // 2026: no districts; Lâm Đồng (Bình Thuận merged into it) evaluates; QĐ 26/2026 from 22 May.
  await s.establishCouncil({
    id: 'hd-lam-dong-2026',
    level: 'province',
    province: '68',
    members: lamDongMembers,
    decision: decision('lamDong', '520/QĐ-UBND', '2026-03-02'),
    by: lamDong,
  });
  // Filed on 8 May under QĐ 148 as amended by QĐ 1489: Art. 12.2.a of QĐ 26/2026 keeps it under those rules, to be decided by 21/07/2026.
  await s.file({
    id: 'hs-2026-nghe-nang-hang',
    product: 'tinh-bot-nghe',
    subject: 'hkd-dong-dan',
    legalForm: 'household',
    sheet: 20,
    kind: 'upgrade',
    targetStars: 4,
    currentCertificate: {
      certificateId: certificate('gcn-tl-2023-084'),
      stars: 3,
      ruleSet: 'qd148-2023',
      issuedOn: date('2023-08-25'),
      expiresOn: date('2026-08-25'),
    },
    area: now(NGHI_DUC),
    on: '2026-05-08',
    selfStars: 4,
    selfTotal: 75,
  });
  await s.communeCheck('hs-2026-nghe-nang-hang', '2026-05-14', offices.commune('Nghị Đức'));
  await s.forward('hs-2026-nghe-nang-hang', 'province', '2026-05-18', offices.commune('Nghị Đức'));
  await s.intake('hs-2026-nghe-nang-hang', '2026-05-25', lamDong);
  // Chả cá thát lát expires on 20/11/2026: its re-evaluation is filed in the window of Art. 7.6.a (24/05 to 23/07).
  await s.file({
    id: 'hs-2026-cha-ca-danh-gia-lai',
    product: 'cha-ca-that-lat',
    subject: 'hkd-hai-yen',
    legalForm: 'household',
    sheet: 8,
    kind: 'reEvaluation',
    currentCertificate: {
      certificateId: certificate('gcn-tl-2023-118'),
      stars: 3,
      ruleSet: 'qd148-2023',
      issuedOn: date('2023-11-20'),
      expiresOn: date('2026-11-20'),
    },
    area: now(XA_TANH_LINH),
    on: '2026-06-10',
    selfStars: 3,
    selfTotal: 67,
  });
  await s.communeCheck('hs-2026-cha-ca-danh-gia-lai', '2026-06-17', offices.commune('Tánh Linh'));
  await s.forward('hs-2026-cha-ca-danh-gia-lai', 'province', '2026-06-18', offices.commune('Tánh Linh'));
  await s.intake('hs-2026-cha-ca-danh-gia-lai', '2026-06-22', lamDong);
  await s.openRound({
    id: 'dot-lam-dong-2026-1',
    council: 'hd-lam-dong-2026',
    level: 'province',
    province: '68',
    year: 2026,
    number: 1,
    members: lamDongMembers,
    on: '2026-06-01',
    by: lamDong,
  });
  await s.evaluate({
    round: 'dot-lam-dong-2026-1',
    dossier: 'hs-2026-nghe-nang-hang',
    product: 'tinh-bot-nghe',
    sheet: 20,
    ruleSet: 'qd148-2023-qd1489-2025',
    kind: 'upgrade',
    filedOn: '2026-05-08',
    members: lamDongMembers,
    council: LD,
    stars: 4,
    totals: [73, 75, 74, 72, 76, 74, 73, 75, 74],
    on: '2026-06-16',
    office: lamDong,
  });
  await s.evaluate({
    round: 'dot-lam-dong-2026-1',
    dossier: 'hs-2026-cha-ca-danh-gia-lai',
    product: 'cha-ca-that-lat',
    sheet: 8,
    ruleSet: 'qd26-2026',
    kind: 'reEvaluation',
    filedOn: '2026-06-10',
    members: lamDongMembers,
    council: LD,
    stars: 3,
    totals: [66, 65, 67, 64, 66, 68, 65, 66, 67],
    on: '2026-06-26',
    office: lamDong,
  });
  await s.closeRound('dot-lam-dong-2026-1', lamDongMembers, LD, '2026-06-29');
  await s.recognise({
    product: 'tinh-bot-nghe',
    dossier: 'hs-2026-nghe-nang-hang',
    certificate: 'gcn-ld-2026-107',
    stars: 4,
    decision: decision('lamDong', '1105/QĐ-UBND', '2026-06-22'),
    by: lamDongChair,
  });
  await s.recognise({
    product: 'cha-ca-that-lat',
    dossier: 'hs-2026-cha-ca-danh-gia-lai',
    certificate: 'gcn-ld-2026-131',
    stars: 3,
    decision: decision('lamDong', '1230/QĐ-UBND', '2026-07-03'),
    by: lamDongChair,
  });
  // Thịt thỏ sấy gác bếp was not re-evaluated: its certificate ends on 20/09/2026.
  await s.expire('thit-tho-say', 'gcn-tl-2023-096', '2026-09-21');
  // The market inspectors find the OCOP mark misused on ST25 rice packaging: revocation, Art. 8.1.d, within 15 days.
  await s.revoke({
    product: 'gao-st25',
    certificate: 'gcn-tl-2024-031',
    finding: { on: '2026-09-28', body: 'Chi cục Quản lý thị trường tỉnh Lâm Đồng', reference: '45/BB-QLTT' },
    decision: decision('lamDong', '2210/QĐ-UBND', '2026-10-05'),
    by: lamDongChair,
  });
  return ledger;
};
