/** The viewer speaks Vietnamese by default, English with `?lang=en`. */
export type Lang = 'vi' | 'en';

export const langOf = (q: unknown): Lang => (q === 'en' ? 'en' : 'vi');

const strings = {
  title: { vi: 'Sổ cái OCOP — tra cứu kiểm toán', en: 'OCOP ledger — audit viewer' },
  login: { vi: 'Đăng nhập', en: 'Sign in' },
  tokenLabel: { vi: 'Mã truy cập (token)', en: 'Access token' },
  tokenHelp: {
    vi: 'Cấp bằng lệnh: pnpm ocop tokens issue --role … --org … --area …',
    en: 'Issued with: pnpm ocop tokens issue --role … --org … --area …',
  },
  logout: { vi: 'Đăng xuất', en: 'Sign out' },
  badToken: { vi: 'Mã truy cập không hợp lệ hoặc đã hết hạn.', en: 'The token is not valid or has expired.' },
  search: { vi: 'Tìm sản phẩm', en: 'Search products' },
  searchHint: { vi: 'Tên sản phẩm hoặc chủ thể, có dấu hay không dấu', en: 'Product or subject name, with or without diacritics' },
  results: { vi: 'Kết quả', en: 'Results' },
  none: { vi: 'Không có kết quả.', en: 'Nothing found.' },
  product: { vi: 'Sản phẩm', en: 'Product' },
  subject: { vi: 'Chủ thể', en: 'Subject' },
  sheet: { vi: 'Bộ tiêu chí', en: 'Sheet' },
  status: { vi: 'Tình trạng', en: 'Status' },
  stars: { vi: 'Hạng sao', en: 'Stars' },
  certificates: { vi: 'Giấy chứng nhận', en: 'Certificates' },
  timeline: { vi: 'Dòng thời gian các quyết định', en: 'Decision timeline' },
  open: { vi: 'Xem hội đồng và phiếu chấm', en: 'Open the council and its sheets' },
  decision: { vi: 'Kết quả đánh giá của hội đồng', en: 'Council result' },
  council: { vi: 'Hội đồng', en: 'Council' },
  member: { vi: 'Thành viên', en: 'Member' },
  organisation: { vi: 'Đơn vị', en: 'Organisation' },
  total: { vi: 'Tổng điểm', en: 'Total' },
  parts: { vi: 'Phần A / B / C', en: 'Parts A / B / C' },
  opinion: { vi: 'Ý kiến', en: 'Opinion' },
  computation: { vi: 'Cách tính', en: 'Computation' },
  mean: { vi: 'Điểm trung bình', en: 'Mean' },
  spread: { vi: 'Chênh lệch', en: 'Spread' },
  quorum: { vi: 'Số phiếu / yêu cầu', en: 'Sheets / required' },
  band: { vi: 'Hạng theo điểm', en: 'Band' },
  minimums: { vi: 'Hạng theo tiêu chí tối thiểu', en: 'Minimum criteria' },
  outcome: { vi: 'Kết luận', en: 'Outcome' },
  recused: { vi: 'Thành viên không tham gia (xung đột lợi ích)', en: 'Recused members' },
  erased: { vi: '(đã xoá theo yêu cầu)', en: '(erased on request)' },
  withheld: { vi: '(không hiển thị)', en: '(withheld)' },
  verify: { vi: 'Kiểm tra toàn bộ lịch sử', en: 'Verify the whole history' },
  verifyStart: { vi: 'Bắt đầu kiểm tra', en: 'Start verification' },
  running: { vi: 'Đang kiểm tra…', en: 'Verifying…' },
  clean: { vi: 'Sạch: không phát hiện sai lệch.', en: 'Clean: no finding.' },
  findings: { vi: 'Có phát hiện:', en: 'Findings:' },
  failed: { vi: 'Không kiểm tra được:', en: 'The verification failed:' },
  forbidden: { vi: 'Tài khoản này không được xem nội dung này.', en: 'This account may not see this.' },
  back: { vi: 'Quay lại tìm kiếm', en: 'Back to search' },
} as const;

export type Key = keyof typeof strings;
export const say = (lang: Lang, key: Key): string => strings[key][lang];
