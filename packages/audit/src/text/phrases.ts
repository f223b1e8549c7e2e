import type { LocalDate } from '@ocop/kernel';
import type { DossierKind, Level } from '@ocop/rules';
import type { CertificateStatus, ClosedAs, Stage } from '@ocop/domain';
import type { Lang, StepFacts } from '../trail/model.js';

/** The words of explanations in one language. Criteria, options and notes of the sheets are never translated. */
export interface Phrases {
  readonly lang: Lang;
  readonly date: (d: LocalDate) => string;
  readonly erased: string;
  readonly sealed: string;
  readonly source: string;
  readonly stars: (n: number) => string;
  readonly level: (l: Level) => string;
  readonly kind: (k: DossierKind) => string;
  readonly stage: (s: Stage) => string;
  readonly closedAs: (c: ClosedAs) => string;
  readonly status: (s: CertificateStatus) => string;
  readonly legalForm: (f: string) => string;
  readonly reEvaluationOutcome: (o: string) => string;
  readonly mode: (m: 'meeting' | 'writtenOpinions') => string;
  readonly met: string;
  readonly notMet: string;
  readonly w: Readonly<Record<WordKey, string>>;
}

type WordKey =
  | 'title'
  | 'product'
  | 'sheet'
  | 'code'
  | 'subject'
  | 'asOf'
  | 'dossier'
  | 'filedOn'
  | 'ruleSet'
  | 'acts'
  | 'why'
  | 'whyInForce'
  | 'whyAmended'
  | 'whyTransitional'
  | 'target'
  | 'current'
  | 'validTo'
  | 'steps'
  | 'evaluation'
  | 'round'
  | 'adoptedOn'
  | 'council'
  | 'establishedBy'
  | 'chair'
  | 'mode'
  | 'quorum'
  | 'quorumRule'
  | 'withChair'
  | 'chairScored'
  | 'chairAbsent'
  | 'recused'
  | 'sheetOf'
  | 'points'
  | 'criterion'
  | 'title2'
  | 'ticked'
  | 'notAssessedKnockOut'
  | 'notApplicable'
  | 'spread'
  | 'limit'
  | 'mean'
  | 'meanNote'
  | 'band'
  | 'bandFrom'
  | 'minimums'
  | 'minimumsMet'
  | 'minimumsMissed'
  | 'majority'
  | 'unanimous'
  | 'requires'
  | 'sheetsReach'
  | 'nextStar'
  | 'result'
  | 'resultNote'
  | 'belowThree'
  | 'outcome'
  | 'recognise'
  | 'forward'
  | 'fallback'
  | 'notCertified'
  | 'recomputedOk'
  | 'recomputedBad'
  | 'decision'
  | 'decisionRef'
  | 'recognised'
  | 'signer'
  | 'competent'
  | 'refused'
  | 'reason'
  | 'certificate'
  | 'issuedOn'
  | 'validFor'
  | 'months'
  | 'state'
  | 'certificates'
  | 'none'
  | 'superseded'
  | 'reEvaluationFiled'
  | 'reEvaluationConcluded'
  | 'expired'
  | 'lastValidDay'
  | 'extended'
  | 'revoked'
  | 'grounds'
  | 'finding'
  | 'deadline'
  | 'inTime'
  | 'late'
  | 'annulled'
  | 'integrity'
  | 'integrityOk'
  | 'integrityBroken'
  // A dossier's steps are named by their kind.
  | StepFacts['kind']
  | 'statusOn'
  | 'replayTitle'
  | 'dossiers'
  | 'products'
  | 'eventsFolded'
  | 'kindHead'
  | 'starsHead';

const dmy = (d: LocalDate): string => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

const vi: Phrases = {
  lang: 'vi',
  date: dmy,
  erased: '(đã xóa)',
  sealed: '(tên được mã hóa)',
  source: 'căn cứ',
  stars: (n) => `${n} sao`,
  level: (l) => ({ commune: 'cấp xã', district: 'cấp huyện', province: 'cấp tỉnh', central: 'cấp trung ương' })[l],
  kind: (k) => ({ first: 'đánh giá, phân hạng lần đầu', upgrade: 'nâng hạng', reEvaluation: 'đánh giá, phân hạng lại' })[k],
  stage: (s) =>
    ({
      filed: 'đã nộp tại UBND cấp xã',
      returnedToSubject: 'trả lại chủ thể để hoàn thiện',
      communeChecked: 'UBND cấp xã đã kiểm tra',
      received: 'cấp trên đã tiếp nhận',
      supplementRequested: 'đang bổ sung hồ sơ',
      intakeComplete: 'hồ sơ đầy đủ, chờ hội đồng đánh giá',
      resultReceived: 'đã có kết quả của hội đồng',
      closed: 'đã kết thúc',
    })[s],
  closedAs: (c) =>
    ({
      decided: 'đã có quyết định',
      notCertified: 'không đạt từ 3 sao',
      withdrawn: 'chủ thể rút hồ sơ',
      disqualified: 'hồ sơ bị loại',
      lapsed: 'hết thời hạn xử lý',
    })[c],
  status: (s) =>
    ({
      valid: 'còn hiệu lực',
      superseded: 'đã được thay thế',
      expired: 'hết hiệu lực',
      revoked: 'bị thu hồi',
      annulled: 'bị hủy công nhận',
    })[s],
  legalForm: (f) =>
    ({
      cooperative: 'hợp tác xã',
      cooperativeGroup: 'tổ hợp tác',
      sme: 'doanh nghiệp nhỏ và vừa',
      farm: 'trang trại',
      household: 'hộ sản xuất, kinh doanh',
      association: 'hội, hiệp hội',
      operatingCentre: 'trung tâm điều hành',
    })[f] ?? f,
  reEvaluationOutcome: (o) =>
    ({
      renewed: 'công nhận lại cùng hạng',
      upgraded: 'công nhận lại ở hạng cao hơn',
      downgraded: 'công nhận lại ở hạng thấp hơn',
      notRenewed: 'không được công nhận lại',
    })[o] ?? o,
  mode: (m) => (m === 'meeting' ? 'họp trực tiếp' : 'lấy ý kiến bằng văn bản'),
  met: 'đạt',
  notMet: 'không đạt',
  w: {
    title: 'Lịch sử các quyết định',
    product: 'Sản phẩm',
    sheet: 'bộ sản phẩm số',
    code: 'mã số sản phẩm',
    subject: 'chủ thể',
    asOf: 'Tính đến hết ngày',
    dossier: 'Hồ sơ',
    filedOn: 'nộp ngày',
    ruleSet: 'Quy định áp dụng',
    acts: 'văn bản',
    why: 'Vì sao áp dụng',
    whyInForce: 'hồ sơ nộp khi các văn bản này đang nhận hồ sơ mới (có hiệu lực từ ngày {from})',
    whyAmended: 'hồ sơ nộp theo QĐ 148/2023 và được quyết định sau khi QĐ 1489/2025 bỏ cấp huyện',
    whyTransitional:
      'hồ sơ nộp trước ngày 22/05/2026 nên tiếp tục thực hiện theo quy định giai đoạn 2021–2025, nhưng phải hoàn thành trước hết ngày {decideBy}',
    target: 'Hạng đăng ký nâng lên',
    current: 'Giấy chứng nhận hiện có (theo kê khai)',
    validTo: 'có giá trị đến hết ngày',
    steps: 'Các bước xử lý',
    evaluation: 'Hội đồng {level}',
    round: 'đợt',
    adoptedOn: 'thông qua kết quả ngày',
    council: 'Hội đồng',
    establishedBy: 'thành lập theo quyết định số',
    chair: 'chủ tịch hội đồng',
    mode: 'Hình thức đánh giá',
    quorum: 'Số thành viên chấm điểm',
    quorumRule: 'quy chế yêu cầu ít nhất',
    withChair: 'có chủ tịch hội đồng',
    chairScored: 'chủ tịch hội đồng có chấm',
    chairAbsent: 'chủ tịch hội đồng không chấm',
    recused: 'Không tham gia chấm (xung đột lợi ích)',
    sheetOf: 'Phiếu đánh giá của',
    points: 'điểm',
    criterion: 'Tiêu chí',
    title2: 'Nội dung',
    ticked: 'Phương án được chọn',
    notAssessedKnockOut: 'không đánh giá',
    notApplicable: 'không áp dụng',
    spread: 'Độ chênh lệch tổng điểm giữa các thành viên',
    limit: 'giới hạn theo quy chế',
    mean: 'Điểm trung bình',
    meanNote: 'làm tròn hai chữ số thập phân; hạng được xét trên giá trị chính xác',
    band: 'Hạng theo điểm trung bình',
    bandFrom: 'từ {from} điểm trở lên',
    minimums: 'Yêu cầu tối thiểu theo từng hạng sao',
    minimumsMet: 'đạt',
    minimumsMissed: 'không đạt',
    majority: 'tính theo đa số phiếu',
    unanimous: 'tính theo tất cả các phiếu',
    requires: 'cần đạt',
    sheetsReach: 'phiếu đạt',
    nextStar: 'để lên {stars}',
    result: 'Kết quả',
    resultNote: 'mức thấp hơn giữa hạng theo điểm ({band}) và mức yêu cầu tối thiểu đạt được ({minimum})',
    belowThree: 'chưa đạt yêu cầu tối thiểu 3 sao',
    outcome: 'Hướng xử lý',
    recognise: 'đề nghị {authority} công nhận {stars}',
    forward: 'chuyển lên hội đồng {to} đánh giá ({stars})',
    fallback: 'dưới 90 điểm ở cấp trung ương: {to} có thể công nhận {stars} trên kết quả này',
    notCertified: '{stars}: không ban hành quyết định công nhận và không cấp giấy chứng nhận',
    recomputedOk: 'Kiểm tra lại: tính lại từ các phiếu theo {ruleSet} cho kết quả trùng khớp với kết quả đã ghi nhận',
    recomputedBad: 'Kiểm tra lại: tính lại từ các phiếu theo {ruleSet} KHÔNG trùng khớp với kết quả đã ghi nhận',
    decision: 'Quyết định',
    decisionRef: 'quyết định số {number} ngày {date}',
    recognised: 'Công nhận {stars} theo quyết định số {number} ngày {date}',
    signer: 'người ký',
    competent: 'thẩm quyền theo {ruleSet}',
    refused: 'Không công nhận theo quyết định số {number} ngày {date}',
    reason: 'lý do',
    certificate: 'Giấy chứng nhận',
    issuedOn: 'cấp ngày',
    validFor: 'có giá trị',
    months: 'tháng',
    state: 'Tình trạng hồ sơ',
    certificates: 'Giấy chứng nhận và diễn biến sau khi cấp',
    none: 'không có',
    superseded: 'được thay thế bởi giấy chứng nhận {by}',
    reEvaluationFiled: 'nộp hồ sơ đánh giá, phân hạng lại {dossier}',
    reEvaluationConcluded: 'kết thúc đánh giá lại',
    expired: 'hết hiệu lực',
    lastValidDay: 'ngày cuối cùng có giá trị',
    extended: 'kéo dài hiệu lực theo khoản 3 Điều 12 QĐ 26/2026',
    revoked: 'thu hồi theo quyết định số {number} ngày {date}',
    grounds: 'căn cứ thu hồi',
    finding: 'kết luận',
    deadline: 'thời hạn thu hồi (15 ngày) đến hết ngày',
    inTime: 'đúng hạn',
    late: 'QUÁ HẠN',
    annulled: 'hủy quyết định công nhận theo quyết định số {number} ngày {date}',
    integrity: 'Tính toàn vẹn của dữ liệu',
    integrityOk: '{streams} luồng sự kiện, {events} sự kiện đã đọc; chuỗi băm của từng luồng nguyên vẹn',
    integrityBroken: 'CẢNH BÁO: chuỗi băm bị phá vỡ tại {where}',
    communeChecked: 'UBND cấp xã kiểm tra: hồ sơ đầy đủ',
    returnedToSubject: 'UBND cấp xã trả hồ sơ để hoàn thiện',
    forwarded: 'chuyển từ {from} lên {to}',
    intakeComplete: '{level} tiếp nhận: hồ sơ đầy đủ',
    supplementRequested: '{level} yêu cầu bổ sung',
    supplementProvided: 'chủ thể bổ sung hồ sơ',
    advisoryReview: 'Tổ tư vấn {level} đánh giá hồ sơ',
    evidenceAdded: 'bổ sung tài liệu',
    disqualified: 'hồ sơ bị loại',
    withdrawn: 'chủ thể rút hồ sơ',
    lapsed: 'hết thời hạn xử lý theo khoản 2 Điều 12 QĐ 26/2026',
    statusOn: 'tình trạng',
    replayTitle: 'Trạng thái ngày {date}',
    dossiers: 'Hồ sơ',
    products: 'Sản phẩm và giấy chứng nhận',
    kindHead: 'Loại hồ sơ',
    starsHead: 'Hạng',
    eventsFolded: 'Đã áp dụng {folded} sự kiện có ngày nghiệp vụ đến hết ngày này, trong {read} sự kiện đã đọc',
  },
};

const en: Phrases = {
  lang: 'en',
  date: (d) => d,
  erased: '(erased)',
  sealed: '(name sealed)',
  source: 'source',
  stars: (n) => `${n}★`,
  level: (l) => ({ commune: 'commune level', district: 'district level', province: 'province level', central: 'central level' })[l],
  kind: (k) => ({ first: 'first evaluation', upgrade: 'upgrade', reEvaluation: 're-evaluation' })[k],
  stage: (s) =>
    ({
      filed: 'filed at the commune',
      returnedToSubject: 'returned to the subject to complete',
      communeChecked: 'checked by the commune',
      received: 'received by the higher level',
      supplementRequested: 'supplements requested',
      intakeComplete: 'complete, awaiting the council',
      resultReceived: "council's result received",
      closed: 'closed',
    })[s],
  closedAs: (c) =>
    ({
      decided: 'decided',
      notCertified: 'below 3 stars',
      withdrawn: 'withdrawn by the subject',
      disqualified: 'disqualified',
      lapsed: 'lapsed',
    })[c],
  status: (s) => ({ valid: 'valid', superseded: 'superseded', expired: 'expired', revoked: 'revoked', annulled: 'annulled' })[s],
  legalForm: (f) =>
    ({
      cooperative: 'cooperative',
      cooperativeGroup: 'cooperative group',
      sme: 'small or medium enterprise',
      farm: 'farm',
      household: 'household business',
      association: 'association',
      operatingCentre: 'operating centre',
    })[f] ?? f,
  reEvaluationOutcome: (o) =>
    ({ renewed: 'renewed at the same stars', upgraded: 'renewed higher', downgraded: 'renewed lower', notRenewed: 'not renewed' })[o] ?? o,
  mode: (m) => (m === 'meeting' ? 'meeting' : 'written opinions'),
  met: 'met',
  notMet: 'not met',
  w: {
    title: 'Decision history',
    product: 'Product',
    sheet: 'product set (sheet)',
    code: 'product code',
    subject: 'subject',
    asOf: 'As of the end of',
    dossier: 'Dossier',
    filedOn: 'filed on',
    ruleSet: 'Rules applied',
    acts: 'acts',
    why: 'Why these rules',
    whyInForce: 'the dossier was filed while these acts accepted new dossiers (in force from {from})',
    whyAmended: 'filed under QĐ 148/2023 and decided after QĐ 1489/2025 removed the district level',
    whyTransitional: 'filed before 22/05/2026, so it continues under the 2021–2025 rules, to be decided by the end of {decideBy}',
    target: 'Stars aimed at',
    current: 'Current certificate (as stated)',
    validTo: 'valid to the end of',
    steps: 'Steps',
    evaluation: 'Council at the {level}',
    round: 'round',
    adoptedOn: 'result adopted on',
    council: 'Council',
    establishedBy: 'established by decision',
    chair: 'chair',
    mode: 'How it scored',
    quorum: 'Members who scored',
    quorumRule: "the council's rules require at least",
    withChair: 'with the chair',
    chairScored: 'the chair scored',
    chairAbsent: 'the chair did not score',
    recused: 'Recused (conflict of interest)',
    sheetOf: 'Sheet of',
    points: 'points',
    criterion: 'Criterion',
    title2: 'Title (as printed)',
    ticked: 'Ticked option (as printed)',
    notAssessedKnockOut: 'not assessed',
    notApplicable: 'not applicable',
    spread: "Spread of the members' totals",
    limit: "the council's limit",
    mean: 'Mean',
    meanNote: 'shown to two decimals; the band is decided on the exact value',
    band: 'Band of the mean',
    bandFrom: '{from} points or more',
    minimums: 'Minimum criteria by star level',
    minimumsMet: 'met',
    minimumsMissed: 'missed',
    majority: 'counted on a majority of sheets',
    unanimous: 'counted on every sheet',
    requires: 'requires',
    sheetsReach: 'sheets reach it',
    nextStar: 'for {stars}',
    result: 'Result',
    resultNote: 'the lower of the band ({band}) and the minimum criteria reached ({minimum})',
    belowThree: 'not even the 3-star minimums',
    outcome: 'Outcome',
    recognise: 'to be recognised at {stars} by {authority}',
    forward: 'goes on to the {to} council ({stars})',
    fallback: 'below 90 at the central level: the {to} authority may recognise {stars} on this result',
    notCertified: '{stars}: no recognition decision and no certificate',
    recomputedOk: 'Recomputed from the sheets under {ruleSet}: it matches the recorded result',
    recomputedBad: 'Recomputed from the sheets under {ruleSet}: it does NOT match the recorded result',
    decision: 'Decision',
    decisionRef: 'decision {number} of {date}',
    recognised: 'Recognised at {stars} by decision {number} of {date}',
    signer: 'signed by',
    competent: 'competent under {ruleSet}',
    refused: 'Recognition refused by decision {number} of {date}',
    reason: 'reason',
    certificate: 'Certificate',
    issuedOn: 'issued on',
    validFor: 'valid for',
    months: 'months',
    state: 'Dossier now',
    certificates: 'Certificates and what became of them',
    none: 'none',
    superseded: 'superseded by certificate {by}',
    reEvaluationFiled: 're-evaluation filed, dossier {dossier}',
    reEvaluationConcluded: 're-evaluation concluded',
    expired: 'expired',
    lastValidDay: 'last valid day',
    extended: 'extended under QĐ 26/2026 Art. 12.3',
    revoked: 'revoked by decision {number} of {date}',
    grounds: 'grounds',
    finding: 'finding',
    deadline: 'deadline (15 days) to the end of',
    inTime: 'in time',
    late: 'LATE',
    annulled: 'recognition annulled by decision {number} of {date}',
    integrity: 'Integrity of the record',
    integrityOk: '{streams} streams and {events} events read; every stream’s hash chain holds',
    integrityBroken: 'WARNING: the hash chain breaks at {where}',
    communeChecked: 'the commune checked the dossier: complete',
    returnedToSubject: 'the commune returned the dossier to be completed',
    forwarded: 'forwarded from the {from} to the {to}',
    intakeComplete: 'intake at the {level}: complete',
    supplementRequested: 'the {level} asked for supplements',
    supplementProvided: 'the subject supplemented the dossier',
    advisoryReview: 'the {level} advisory team reviewed the dossier',
    evidenceAdded: 'evidence added',
    disqualified: 'disqualified',
    withdrawn: 'withdrawn by the subject',
    lapsed: 'lapsed under QĐ 26/2026 Art. 12.2',
    statusOn: 'status',
    replayTitle: 'State on {date}',
    dossiers: 'Dossiers',
    products: 'Products and certificates',
    kindHead: 'Kind',
    starsHead: 'Stars',
    eventsFolded: '{folded} of the {read} events read fall on or before this day and were folded',
  },
};

export const phrases = (lang: Lang): Phrases => (lang === 'vi' ? vi : en);

/** Fills `{name}` slots of a phrase. */
export const fill = (template: string, values: Readonly<Record<string, string | number>>): string =>
  template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
