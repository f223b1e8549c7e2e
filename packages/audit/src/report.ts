import type { Json } from '@ocop/kernel';
import { cite } from '@ocop/rules';
import { citeAll, findingRuleNames, findingRules, type Finding, type FindingRule } from './finding.js';
import type { StreamHead } from './verify/heads.js';
import type { Lang } from './trail/model.js';
import { findingRulesVi } from './text/finding-rules-vi.js';

/** The decisions and filings the verification checked, by kind. */
export interface DecisionCounts {
  readonly filings: number;
  readonly recognitions: number;
  readonly refusals: number;
  readonly certificates: number;
  readonly expiries: number;
  readonly revocations: number;
  readonly annulments: number;
}

export interface VerifySummary {
  readonly events: number;
  readonly streams: number;
  /** Streams by category (`Dossier`, `Round`, …). */
  readonly streamsByCategory: Readonly<Record<string, number>>;
  /** Streams whose hash chain breaks. */
  readonly brokenStreams: number;
  /** Members' sheets whose totals were recomputed. */
  readonly sheetsRecomputed: number;
  /** Adopted council results recomputed from their sheets. */
  readonly resultsRecomputed: number;
  readonly decisionsChecked: number;
  readonly decisions: DecisionCounts;
  readonly findings: number;
  /** Findings of the lower severity (`notice`), counted in `findings`. */
  readonly notices: number;
  readonly findingsByRule: Readonly<Partial<Record<FindingRule, number>>>;
  /** Streams whose heads were compared with those of a previous report (0 without one). */
  readonly headsCompared: number;
  /** How long the verification took. */
  readonly seconds: number;
}

/** What `verify` found: clean when no finding is a breach (notices may remain). */
export interface VerifyReport {
  readonly clean: boolean;
  readonly summary: VerifySummary;
  readonly findings: ReadonlyArray<Finding>;
  /** Each stream's last event read, for a later verification to compare with (`expectedHeads`). */
  readonly heads: ReadonlyArray<StreamHead>;
}

/** The sentences of the summary in one language. Rule names, ids and each finding's message stay as recorded. */
interface SummaryWords {
  readonly number: (x: number) => string;
  readonly seconds: (x: number) => string;
  readonly notice: string;
  readonly notices: (x: number) => string;
  readonly where: (f: Finding) => string;
  /** A finding's lines after the first: what it says, and on what source. */
  readonly body: (f: Finding) => ReadonlyArray<string>;
  readonly what: (rule: FindingRule) => string;
  readonly read: (s: VerifySummary, categories: string) => string;
  readonly chains: (s: VerifySummary) => string;
  readonly recomputed: (s: VerifySummary) => string;
  readonly heads: (s: VerifySummary) => string;
  readonly checked: (s: VerifySummary) => string;
  readonly none: string;
  readonly onlyNotices: (s: VerifySummary) => string;
  readonly found: (s: VerifySummary) => string;
  readonly more: (k: number) => string;
}

const enNumber = (x: number): string => x.toLocaleString('en');
const viNumber = (x: number): string => x.toLocaleString('vi');

const en: SummaryWords = {
  number: enNumber,
  seconds: (x) => `${x.toFixed(1)} s`,
  notice: ' (notice)',
  notices: (x) => `${enNumber(x)} ${x === 1 ? 'notice' : 'notices'}`,
  where: (f) =>
    f.stream === undefined
      ? `a stored row at position ${f.position ?? '?'}`
      : `${f.stream}${f.eventId === undefined ? '' : `, event ${f.eventId} (revision ${f.revision ?? '?'}${f.eventType ? `, ${f.eventType}` : ''})`}`,
  body: (f) => [`   ${f.message}`, `   source: ${citeAll(f.sources)}`],
  what: (rule) => findingRules[rule].what,
  read: (s, categories) =>
    `Read ${enNumber(s.events)} events in ${enNumber(s.streams)} streams${categories ? ` (${categories})` : ''} in ${en.seconds(s.seconds)}.`,
  chains: (s) =>
    `Hash chains: ${enNumber(s.streams)} streams checked, ${s.brokenStreams === 0 ? 'none broken' : `${enNumber(s.brokenStreams)} broken`}.`,
  recomputed: (s) =>
    `Recomputed ${enNumber(s.resultsRecomputed)} council results and ${enNumber(s.sheetsRecomputed)} members' sheets under their pinned rule sets.`,
  heads: (s) =>
    `Heads: ${enNumber(s.headsCompared)} streams compared with a previous report, ${enNumber(s.findingsByRule.StreamHeadMismatch ?? 0)} no longer as recorded.`,
  checked: ({ decisionsChecked, decisions: d }) =>
    `Checked ${enNumber(decisionsChecked)} decisions and filings (filings ${enNumber(d.filings)}, recognitions ${enNumber(d.recognitions)}, refusals ${enNumber(d.refusals)}, certificates ${enNumber(d.certificates)}, expiries ${enNumber(d.expiries)}, revocations ${enNumber(d.revocations)}, annulments ${enNumber(d.annulments)}).`,
  none: 'Findings: none. The history verifies.',
  onlyNotices: (s) => `Findings: ${en.notices(s.findings)}, none that breaks a rule. The history verifies.`,
  found: (s) => `Findings: ${enNumber(s.findings)}${s.notices > 0 ? ` (${en.notices(s.notices)} among them)` : ''}`,
  more: (k) => `… and ${enNumber(k)} more in the JSON report.`,
};

// Each finding's message is written in English by the check that finds it; the Vietnamese summary gives the
// rule's meaning in Vietnamese first, then that message as its detail.
const vi: SummaryWords = {
  number: viNumber,
  seconds: (x) => `${x.toLocaleString('vi', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} giây`,
  notice: ' (lưu ý)',
  notices: (x) => `${viNumber(x)} lưu ý`,
  where: (f) =>
    f.stream === undefined
      ? `dòng dữ liệu tại vị trí ${f.position ?? '?'}`
      : `${f.stream}${f.eventId === undefined ? '' : `, sự kiện ${f.eventId} (thứ tự ${f.revision ?? '?'} trong luồng${f.eventType ? `, ${f.eventType}` : ''})`}`,
  body: (f) => [`   ${findingRulesVi[f.rule]}`, `   chi tiết: ${f.message}`, `   căn cứ: ${citeAll(f.sources)}`],
  what: (rule) => findingRulesVi[rule],
  read: (s, categories) =>
    `Đã đọc ${viNumber(s.events)} sự kiện trong ${viNumber(s.streams)} luồng${categories ? ` (${categories})` : ''} trong ${vi.seconds(s.seconds)}.`,
  chains: (s) =>
    `Chuỗi băm: đã kiểm tra ${viNumber(s.streams)} luồng, ${s.brokenStreams === 0 ? 'không luồng nào bị phá vỡ' : `${viNumber(s.brokenStreams)} luồng bị phá vỡ`}.`,
  recomputed: (s) =>
    `Đã tính lại ${viNumber(s.resultsRecomputed)} kết quả hội đồng và ${viNumber(s.sheetsRecomputed)} phiếu đánh giá của thành viên theo bộ quy định đã gắn với từng hồ sơ.`,
  heads: (s) =>
    `Sự kiện cuối của luồng: đã so ${viNumber(s.headsCompared)} luồng với báo cáo lần trước, ${viNumber(s.findingsByRule.StreamHeadMismatch ?? 0)} luồng không còn như đã ghi nhận.`,
  checked: ({ decisionsChecked, decisions: d }) =>
    `Đã kiểm tra ${viNumber(decisionsChecked)} quyết định và hồ sơ (nộp hồ sơ ${viNumber(d.filings)}, công nhận ${viNumber(d.recognitions)}, không công nhận ${viNumber(d.refusals)}, giấy chứng nhận ${viNumber(d.certificates)}, hết hiệu lực ${viNumber(d.expiries)}, thu hồi ${viNumber(d.revocations)}, hủy công nhận ${viNumber(d.annulments)}).`,
  none: 'Phát hiện: không có. Lịch sử dữ liệu được xác minh là hợp lệ.',
  onlyNotices: (s) => `Phát hiện: ${vi.notices(s.findings)}, không có vi phạm quy định. Lịch sử dữ liệu được xác minh là hợp lệ.`,
  found: (s) => `Phát hiện: ${viNumber(s.findings)}${s.notices > 0 ? ` (trong đó ${vi.notices(s.notices)})` : ''}`,
  more: (k) => `… và ${viNumber(k)} phát hiện khác trong báo cáo JSON.`,
};

/** One finding as a reader sees it: the rule, where, what, and on what source. */
export const describeFinding = (f: Finding, lang: Lang = 'en'): ReadonlyArray<string> => {
  const w = lang === 'vi' ? vi : en;
  return [`${f.rule}${findingRules[f.rule].severity === 'notice' ? w.notice : ''} — ${w.where(f)}`, ...w.body(f)];
};

/**
 * The report as a person reads it, in English or Vietnamese: what was read and checked, then the findings by
 * rule and the first `limit` findings in full (the JSON report has them all).
 */
export const renderSummary = (report: VerifyReport, limit = 20, lang: Lang = 'en'): string => {
  const w = lang === 'vi' ? vi : en;
  const s = report.summary;
  const categories = Object.entries(s.streamsByCategory)
    .map(([c, k]) => `${c} ${w.number(k)}`)
    .join(', ');
  const lines = [w.read(s, categories), w.chains(s), w.recomputed(s), ...(s.headsCompared === 0 ? [] : [w.heads(s)]), w.checked(s)];
  if (s.findings === 0) return [...lines, w.none].join('\n');
  const byRule = findingRuleNames.flatMap((rule) => {
    const count = s.findingsByRule[rule];
    const notice = findingRules[rule].severity === 'notice' ? w.notice : '';
    return count === undefined
      ? []
      : [`  ${`${findingRules[rule].group}/${rule}`.padEnd(40)} ${w.number(count).padStart(7)}  ${w.what(rule)}${notice}`];
  });
  const shown = report.findings.slice(0, limit).flatMap((f, i) => describeFinding(f, lang).map((l, j) => (j === 0 ? `${i + 1}. ${l}` : l)));
  return [
    ...lines,
    report.clean ? w.onlyNotices(s) : w.found(s),
    ...byRule,
    '',
    ...shown,
    ...(report.findings.length > limit ? [w.more(report.findings.length - limit)] : []),
  ].join('\n');
};

const findingJson = (f: Finding): Json => ({
  rule: f.rule,
  severity: findingRules[f.rule].severity,
  ...(f.stream === undefined ? {} : { stream: f.stream }),
  ...(f.eventId === undefined ? {} : { eventId: f.eventId }),
  ...(f.revision === undefined ? {} : { revision: f.revision }),
  ...(f.eventType === undefined ? {} : { eventType: f.eventType }),
  ...(f.position === undefined ? {} : { position: f.position }),
  message: f.message,
  sources: f.sources.map((s) => ({
    act: s.act,
    date: s.date,
    ...(s.article === undefined ? {} : { article: s.article }),
    verification: s.verification,
    ...(s.note === undefined ? {} : { note: s.note }),
    citation: cite(s),
  })),
  ...(f.details === undefined ? {} : { details: f.details }),
});

/** The report as JSON: the summary, every finding, each source with its citation, and each stream's head. */
export const reportToJson = (report: VerifyReport): Json => ({
  clean: report.clean,
  summary: {
    events: report.summary.events,
    streams: report.summary.streams,
    streamsByCategory: { ...report.summary.streamsByCategory },
    brokenStreams: report.summary.brokenStreams,
    sheetsRecomputed: report.summary.sheetsRecomputed,
    resultsRecomputed: report.summary.resultsRecomputed,
    decisionsChecked: report.summary.decisionsChecked,
    decisions: { ...report.summary.decisions },
    findings: report.summary.findings,
    notices: report.summary.notices,
    findingsByRule: Object.fromEntries(Object.entries(report.summary.findingsByRule)),
    headsCompared: report.summary.headsCompared,
    seconds: report.summary.seconds,
  },
  findings: report.findings.map(findingJson),
  heads: report.heads.map((h) => ({ stream: h.stream, revision: h.revision, hash: h.hash })),
});
