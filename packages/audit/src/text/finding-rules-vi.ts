import type { FindingRule } from '../finding.js';

/** What breaking each rule means, in Vietnamese: every rule has its sentence (the type requires it). */
export const findingRulesVi: Readonly<Record<FindingRule, string>> = {
  HashChainBroken: 'một sự kiện đã bị xóa, chèn thêm, đổi thứ tự hoặc sửa sau khi ghi: chuỗi băm của luồng bị phá vỡ tại đó',
  UnreadableEvent: 'một dòng dữ liệu đã lưu không còn đọc được thành sự kiện (JSON hoặc siêu dữ liệu bị hỏng)',
  UnknownStream: 'một luồng không thuộc đối tượng nào của OCOP, cũng không phải nhật ký truy cập dữ liệu cá nhân',
  UndecodableEvent: 'một sự kiện mà lược đồ của đối tượng từ chối: loại, phiên bản hoặc trường không xác định',
  FoldFailed: 'một sự kiện không áp dụng được vào trạng thái của đối tượng',
  EventInWrongStream: 'một sự kiện có mã định danh chỉ đến đối tượng khác với luồng chứa nó',
  BusinessTimeMismatch: 'thời điểm nghiệp vụ trong siêu dữ liệu khác với thời điểm ghi trong sự kiện',
  StreamHeadMismatch:
    'sự kiện cuối của một luồng không còn như lần kiểm tra trước đã ghi nhận: các sự kiện ở cuối luồng đã bị xóa hoặc ghi lại',
  SheetWithoutAssignment: 'phiếu đánh giá nộp cho một hồ sơ mà đợt đánh giá không chấm',
  SheetCannotBeScored: 'phiếu đánh giá của thành viên có các phương án không khớp với phiếu của bộ quy định áp dụng',
  SheetTotalsWrong: 'phiếu đánh giá của thành viên có tổng điểm hoặc hạng sao đã ghi khác với các phương án được chọn',
  ResultDiffersFromRound: 'kết quả được thông qua có phiếu, thành viên hoặc quy chế hội đồng khác với những gì đợt đánh giá đã ghi nhận',
  ResultDoesNotRecompute:
    'kết quả được thông qua có tổng điểm, điểm trung bình, độ chênh lệch, số thành viên chấm, yêu cầu tối thiểu, hạng theo điểm, hạng sao hoặc hướng xử lý khác với kết quả tính lại',
  QuorumNotMet: 'kết quả được thông qua khi không đủ số thành viên chấm theo quy chế hội đồng',
  SpreadExceeded: 'kết quả được thông qua dù tổng điểm của các thành viên chênh lệch quá giới hạn của hội đồng',
  ResultSheetsInvalid:
    'kết quả được thông qua trên các phiếu không chấm được, hoặc phiếu của người không phải thành viên hay của thành viên không tham gia chấm',
  NoCouncilAtLevel: 'kết quả được thông qua ở cấp mà bộ quy định áp dụng không có hội đồng',
  RecordedResultMismatch:
    'kết quả hội đồng ghi vào hồ sơ hoặc lịch sử chứng nhận của sản phẩm không phải kết quả mà đợt đánh giá đã thông qua',
  RecognitionWithoutBasis:
    'quyết định công nhận hoặc không công nhận không dựa trên kết quả hội đồng đã thông qua cùng hạng sao với hướng xử lý là công nhận',
  AlreadyDecided: 'quyết định thứ hai đối với hồ sơ đã có quyết định',
  NotCompetentAuthority: 'quyết định công nhận hoặc giấy chứng nhận được ký ở cấp khác với cấp có thẩm quyền đối với hạng sao đó',
  TransitionalDeadlinePassed: 'hồ sơ nộp trước ngày 22/05/2026 được quyết định sau thời hạn tại khoản 2 Điều 12 QĐ 26/2026',
  RuleSetNotGoverning: 'quyết định gắn với bộ quy định khác với bộ quy định điều chỉnh nó',
  NoRuleSetInForce: 'hồ sơ được nộp hoặc được quyết định vào ngày không có bộ quy định nào áp dụng',
  DecidedBeforeFiled: 'quyết định có ngày trước ngày nộp hồ sơ',
  UpgradeNotAchieved: 'nâng hạng được công nhận bằng hoặc thấp hơn hạng sao sản phẩm đã có',
  CertificateWithoutRecognition: 'giấy chứng nhận không có quyết định công nhận cùng hồ sơ, hạng sao, bộ quy định và ngày',
  DuplicateCertificate: 'một số giấy chứng nhận được cấp hai lần',
  WrongExpiry: 'giấy chứng nhận có thời hạn không phải 36 tháng kể từ ngày cấp theo cách tính của quy định',
  CertificateUnknown: 'sự kiện về một giấy chứng nhận chưa từng được cấp cho sản phẩm này',
  CertificateAlreadyEnded: 'sự kiện về một giấy chứng nhận đã được thay thế, hết hiệu lực, bị thu hồi hoặc bị hủy công nhận',
  ExpiredTooEarly: 'hết hiệu lực được ghi vào hoặc trước ngày cuối cùng có giá trị (kể cả thời gian kéo dài theo khoản 3 Điều 12)',
  LastValidDayMisstated: 'hết hiệu lực ghi ngày cuối cùng có giá trị khác với ngày theo quy định',
  ExpiryNotRecorded:
    'giấy chứng nhận đã quá ngày cuối cùng có giá trị vào ngày nghiệp vụ cuối của lịch sử mà chưa ghi nhận hết hiệu lực hay kết thúc khác',
  ReEvaluationOutsideWindow: 'hồ sơ đánh giá, phân hạng lại nộp ngoài thời hạn tại điểm a khoản 6 Điều 7 và không thuộc khoản 3 Điều 12',
  CertificateSnapshotMismatch: 'hồ sơ kê khai giấy chứng nhận hiện có của sản phẩm trái với lịch sử chứng nhận',
  RevocationLate: 'quyết định thu hồi ban hành quá 15 ngày sau kết luận (khoản 4 Điều 8)',
  RevocationDeadlineMisstated: 'quyết định thu hồi ghi thời hạn hoặc tình trạng đúng hạn khác với quy định',
  RevocationGroundsInvalid: 'quyết định thu hồi không có căn cứ, hoặc căn cứ không có trong bộ quy định (khoản 1 Điều 8)',
  DecidedBeforeFinding: 'quyết định thu hồi có ngày trước kết luận mà nó căn cứ',
  NotCompetentToRevoke: 'quyết định thu hồi được ký ở cấp khác với cấp có thẩm quyền đối với hạng sao đó (khoản 2 Điều 8)',
  NotCompetentToAnnul: 'quyết định hủy công nhận được ký ở cấp khác với cấp có thẩm quyền (điểm b khoản 1 Điều 10)',
};
