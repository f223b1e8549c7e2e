import * as t from 'io-ts';

/** The grounds for revoking a certificate, QĐ 26/2026 Art. 8.1 points a–f (đ written `dd`). */
export const RevocationGroundCodec = t.keyof(
  {
    untruthfulDossier: null,
    criteriaNoLongerMet: null,
    lawViolation: null,
    markMisuse: null,
    productionStopped: null,
    otherCompetentFinding: null,
  },
  'RevocationGround',
);
export type RevocationGround = t.TypeOf<typeof RevocationGroundCodec>;

export interface GroundText {
  readonly point: string;
  readonly vi: string;
  readonly en: string;
}

export const revocationGroundTexts: Readonly<Record<RevocationGround, GroundText>> = {
  untruthfulDossier: {
    point: 'a',
    vi: 'Chủ thể OCOP cung cấp thông tin, tài liệu không trung thực hoặc giả mạo hồ sơ',
    en: 'The subject gave untruthful information or forged the dossier',
  },
  criteriaNoLongerMet: {
    point: 'b',
    vi: 'Sản phẩm không còn đáp ứng các tiêu chí theo kết luận kiểm tra, giám sát',
    en: 'The product no longer meets the criteria, per an inspection conclusion',
  },
  lawViolation: {
    point: 'c',
    vi: 'Vi phạm pháp luật về chất lượng, an toàn thực phẩm, môi trường, sở hữu trí tuệ, ghi nhãn',
    en: 'Violation of the law on quality, food safety, environment, IP or labelling',
  },
  markMisuse: {
    point: 'd',
    vi: 'Sử dụng nhãn hiệu OCOP không đúng quy định, gây nhầm lẫn',
    en: 'Misuse of the OCOP mark causing confusion',
  },
  productionStopped: {
    point: 'đ',
    vi: 'Chủ thể OCOP không còn hoạt động sản xuất sản phẩm OCOP',
    en: 'The subject no longer produces the product',
  },
  otherCompetentFinding: {
    point: 'e',
    vi: 'Trường hợp khác theo kết luận của cơ quan nhà nước có thẩm quyền',
    en: 'Another conclusion of a competent state body that the product no longer qualifies',
  },
};

export const allRevocationGrounds: ReadonlyArray<RevocationGround> = [
  'untruthfulDossier',
  'criteriaNoLongerMet',
  'lawViolation',
  'markMisuse',
  'productionStopped',
  'otherCompetentFinding',
];
