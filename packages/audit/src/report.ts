import type { Json } from '@ocop/kernel';
import { cite } from '@ocop/rules';
import { citeAll, findingRuleNames, findingRules, type Finding, type FindingRule } from './finding.js';
import type { StreamHead } from './verify/heads.js';

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

const n = (x: number): string => x.toLocaleString('en');
const notices = (x: number): string => `${n(x)} ${x === 1 ? 'notice' : 'notices'}`;

const where = (f: Finding): string =>
  f.stream === undefined
    ? `a stored row at position ${f.position ?? '?'}`
    : `${f.stream}${f.eventId === undefined ? '' : `, event ${f.eventId} (revision ${f.revision ?? '?'}${f.eventType ? `, ${f.eventType}` : ''})`}`;

/** One finding as a reader sees it: the rule, where, what, and on what source. */
export const describeFinding = (f: Finding): ReadonlyArray<string> => [
  `${f.rule}${findingRules[f.rule].severity === 'notice' ? ' (notice)' : ''} — ${where(f)}`,
  `   ${f.message}`,
  `   source: ${citeAll(f.sources)}`,
];

/**
 * The report as a person reads it: what was read and checked, then the findings by rule and the first
 * `limit` findings in full (the JSON report has them all).
 */
export const renderSummary = (report: VerifyReport, limit = 20): string => {
  const s = report.summary;
  const d = s.decisions;
  const categories = Object.entries(s.streamsByCategory)
    .map(([c, k]) => `${c} ${n(k)}`)
    .join(', ');
  const lines = [
    `Read ${n(s.events)} events in ${n(s.streams)} streams${categories ? ` (${categories})` : ''} in ${s.seconds.toFixed(1)} s.`,
    `Hash chains: ${n(s.streams)} streams checked, ${s.brokenStreams === 0 ? 'none broken' : `${n(s.brokenStreams)} broken`}.`,
    `Recomputed ${n(s.resultsRecomputed)} council results and ${n(s.sheetsRecomputed)} members' sheets under their pinned rule sets.`,
    ...(s.headsCompared === 0
      ? []
      : [
          `Heads: ${n(s.headsCompared)} streams compared with a previous report, ${n(s.findingsByRule.StreamHeadMismatch ?? 0)} no longer as recorded.`,
        ]),
    `Checked ${n(s.decisionsChecked)} decisions and filings (filings ${n(d.filings)}, recognitions ${n(d.recognitions)}, refusals ${n(d.refusals)}, certificates ${n(d.certificates)}, expiries ${n(d.expiries)}, revocations ${n(d.revocations)}, annulments ${n(d.annulments)}).`,
  ];
  if (s.findings === 0) return [...lines, 'Findings: none. The history verifies.'].join('\n');
  const byRule = findingRuleNames.flatMap((rule) => {
    const count = s.findingsByRule[rule];
    const notice = findingRules[rule].severity === 'notice' ? ' (notice)' : '';
    return count === undefined
      ? []
      : [`  ${`${findingRules[rule].group}/${rule}`.padEnd(40)} ${n(count).padStart(7)}  ${findingRules[rule].what}${notice}`];
  });
  const shown = report.findings.slice(0, limit).flatMap((f, i) => describeFinding(f).map((l, j) => (j === 0 ? `${i + 1}. ${l}` : l)));
  return [
    ...lines,
    report.clean
      ? `Findings: ${notices(s.findings)}, none that breaks a rule. The history verifies.`
      : `Findings: ${n(s.findings)}${s.notices > 0 ? ` (${notices(s.notices)} among them)` : ''}`,
    ...byRule,
    '',
    ...shown,
    ...(report.findings.length > limit ? [`… and ${n(report.findings.length - limit)} more in the JSON report.`] : []),
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
