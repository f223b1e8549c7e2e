import type { Instant } from '@ocop/kernel';
import { categoryOf, type CorruptEvent, type RecordedEvent } from '@ocop/eventstore';
import { certificationStream, councilStream, dossierStream, planStream, productStream, roundStream, subjectStream } from '@ocop/domain';
import { aggregateOfStream, aggregates, type AggregateName } from '@ocop/ledger';
import { accessCategory } from '@ocop/privacy';
import { findingAt, findingRules, type Finding, type FindingRule } from '../finding.js';
import type { VerifyReport } from '../report.js';
import { recordIntegritySource } from '../sources.js';
import { certificateMemory } from './certificate-memory.js';
import { certificationChecks } from './certifications.js';
import { chainChecker } from './chain.js';
import type { AuditContext, Counter } from './context.js';
import { describeChainBreak } from './describe.js';
import { accessChecks } from './accesses.js';
import { dossierChecks } from './dossiers.js';
import { decoders } from './fast-decode.js';
import { headComparison, type StreamHead } from './heads.js';
import { lane } from './lane.js';
import { roundChecks } from './rounds.js';
import { unrecordedExpiries } from './unrecorded-expiries.js';

export interface AuditorOptions {
  /** The heads a previous verification recorded (`headsOfReport`): each must still be read as it was. */
  readonly expectedHeads?: ReadonlyArray<StreamHead>;
}

/**
 * The verification as a fold over the history: `observe` each event in global order (and `unreadable` each
 * row that is not one), then `report`. It keeps, per stream, the hash of its last event and its decider's
 * state (rounds without the sheets already checked), and the results adopted so far: memory grows with the
 * number of streams and results, never with the number of events.
 */
export const createAuditor = (options: AuditorOptions = {}) => {
  const findings: Finding[] = [];
  const counts: Record<Counter, number> = {
    sheetsRecomputed: 0,
    resultsRecomputed: 0,
    filings: 0,
    recognitions: 0,
    refusals: 0,
    certificates: 0,
    expiries: 0,
    revocations: 0,
    annulments: 0,
  };
  const ctx: AuditContext = {
    report: (f) => void findings.push(f),
    count: (c) => void counts[c]++,
    adopted: new Map(),
  };
  const memory = certificateMemory();
  const certification = lane({
    decode: decoders.certification,
    decider: aggregates.certification.decider,
    streamOf: (e) => certificationStream(e.data.productId),
    check: certificationChecks(memory),
  });
  const certificationOf = (productId: string) => certification.stateOf(certificationStream(productId));
  const rounds = roundChecks();
  const lanes: Readonly<Record<AggregateName, { readonly observe: (ctx: AuditContext, recorded: RecordedEvent) => void }>> = {
    subject: lane({
      decode: decoders.subject,
      decider: aggregates.subject.decider,
      streamOf: (e) => subjectStream(e.data.subjectId),
    }),
    product: lane({
      decode: decoders.product,
      decider: aggregates.product.decider,
      streamOf: (e) => productStream(e.data.productId),
    }),
    council: lane({
      decode: decoders.council,
      decider: aggregates.council.decider,
      streamOf: (e) => councilStream(e.data.councilId),
    }),
    round: lane({
      decode: decoders.round,
      decider: aggregates.round.decider,
      streamOf: (e) => roundStream(e.data.roundId),
      check: rounds.check,
      keep: rounds.keep,
    }),
    dossier: lane({
      decode: decoders.dossier,
      decider: aggregates.dossier.decider,
      streamOf: (e) => dossierStream(e.data.dossierId),
      check: dossierChecks(memory, certificationOf),
    }),
    certification,
    plan: lane({ decode: decoders.plan, decider: aggregates.plan.decider, streamOf: (e) => planStream(e.data.area, e.data.year) }),
  };

  const chain = chainChecker();
  const heads = options.expectedHeads && headComparison(options.expectedHeads);
  const categories = new Map<string, number>();
  let events = 0;
  // The last business time of the OCOP history (not of the records of reads, which follow the clock).
  let latest: Instant | undefined;

  return {
    /** `hashMatches`: whether the event's stored hash is its hash, when another thread has checked it. */
    observe: (recorded: RecordedEvent, hashMatches?: boolean): void => {
      events++;
      if (!chain.has(recorded.stream)) {
        const category = categoryOf(recorded.stream);
        categories.set(category, (categories.get(category) ?? 0) + 1);
        if (aggregateOfStream(recorded.stream) === undefined && category !== accessCategory)
          ctx.report(findingAt(recorded, 'UnknownStream', `${category} is not an OCOP aggregate`, [recordIntegritySource]));
      }
      const broken = chain.check(recorded, hashMatches);
      if (broken)
        ctx.report(
          findingAt(recorded, 'HashChainBroken', describeChainBreak(broken), [recordIntegritySource], {
            reason: broken.reason,
            detail: broken.detail,
          }),
        );
      heads?.observe(recorded);
      const aggregate = aggregateOfStream(recorded.stream);
      if (aggregate && (latest === undefined || recorded.metadata.businessTime > latest)) latest = recorded.metadata.businessTime;
      if (aggregate) lanes[aggregate].observe(ctx, recorded);
      else if (categoryOf(recorded.stream) === accessCategory) accessChecks(ctx, recorded);
    },
    unreadable: (error: CorruptEvent): void =>
      void findings.push({
        rule: 'UnreadableEvent',
        position: error.position,
        message: `the stored row at position ${error.position} no longer reads as an event: ${error.reason}`,
        sources: [recordIntegritySource],
      }),
    /** Ends the verification: what could only be checked once everything was read, then the report. */
    report: (seconds: number): VerifyReport => {
      rounds.finish(ctx);
      unrecordedExpiries(certification.states(), latest).forEach(ctx.report);
      const read = new Map(chain.heads());
      heads?.findings((stream) => read.get(stream)).forEach(ctx.report);
      const findingsByRule: Partial<Record<FindingRule, number>> = {};
      for (const f of findings) findingsByRule[f.rule] = (findingsByRule[f.rule] ?? 0) + 1;
      const { sheetsRecomputed, resultsRecomputed, ...decisions } = counts;
      return {
        clean: findings.every((f) => findingRules[f.rule].severity === 'notice'),
        summary: {
          events,
          streams: [...categories.values()].reduce((a, b) => a + b, 0),
          streamsByCategory: Object.fromEntries([...categories].sort(([a], [b]) => a.localeCompare(b))),
          brokenStreams: chain.broken(),
          sheetsRecomputed,
          resultsRecomputed,
          decisionsChecked: Object.values(decisions).reduce((a, b) => a + b, 0),
          decisions,
          findings: findings.length,
          notices: findings.filter((f) => findingRules[f.rule].severity === 'notice').length,
          findingsByRule,
          headsCompared: options.expectedHeads?.length ?? 0,
          seconds,
        },
        findings,
        heads: [...read].map(([stream, link]) => ({ stream, revision: Number(link.revision), hash: link.hash })),
      };
    },
  };
};

export type Auditor = ReturnType<typeof createAuditor>;
