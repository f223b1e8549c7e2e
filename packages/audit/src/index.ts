export { verify, type VerifyOptions } from './verify/verify.js';
export { createAuditor, type Auditor, type AuditorOptions } from './verify/auditor.js';
export { headsOfReport, type StreamHead } from './verify/heads.js';
export {
  findingRules,
  findingRuleNames,
  citeAll,
  type Finding,
  type FindingRule,
  type FindingGroup,
  type FindingSeverity,
} from './finding.js';
export { renderSummary, reportToJson, describeFinding, type VerifyReport, type VerifySummary, type DecisionCounts } from './report.js';
export { findingRulesVi } from './text/finding-rules-vi.js';
export { trail, type TrailOptions } from './trail/trail.js';
export type { Opener } from './trail/collect.js';
export { renderTrail, type TrailFormat } from './trail/render.js';
export type { TrailError } from './trail/collect.js';
export type * from './trail/model.js';
export {
  replay,
  type ReplayOptions,
  type ReplayState,
  type DossierOnDate,
  type ProductOnDate,
  type CertificateOnDate,
} from './replay/replay.js';
export { renderReplay } from './replay/render.js';
