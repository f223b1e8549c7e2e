import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { LocalDate, strict } from '@ocop/kernel';
import type { Ledger } from '@ocop/ledger';
import { RuleSetIdCodec } from '@ocop/rules';
import { DossierId, ProductId } from '@ocop/domain';
import { positionToString, StreamName } from '@ocop/eventstore';
import { trailQueries, TrailEntry } from '@ocop/projections';
import type { Principal } from '../auth/claims.js';
import { canSeeProduct } from '../access/read-policy.js';
import { storeProblem } from '../http/ledger-problem.js';
import { notFound, problem, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute, type Reply, type RequestContext } from '../http/route.js';
import { disclose } from '../privacy/disclose.js';
import { dossierAccess } from '../queries/dossiers.js';
import type { QueryDeps } from '../queries/products.js';
import { TrailQuery } from '../queries/states.js';
import { asOfProps, pagingProps } from '../queries/codecs.js';
import { DecisionPage, StreamAnswer, VerificationAnswer } from '../queries/answers.js';
import { happenedBy } from '../queries/stream-events.js';
import { queryProblem } from '../queries/views.js';
import { sealedData, sealedSheetIds } from './sealed-sheets.js';
import { trailMarkdown, trailText } from './trail-text.js';
import type { Verifications } from './verifications.js';

export interface AuditDeps extends QueryDeps {
  readonly ledger: Ledger;
  readonly verifications: Verifications;
}

/** The trail in the format asked for: JSON (`format=json`, the default), plain text or Markdown. */
const trailReply = async (
  deps: QueryDeps,
  ctx: RequestContext,
  purpose: string,
  title: string,
  format: 'json' | 'text' | 'md' | undefined,
  found: ReadonlyArray<TrailEntry>,
): Promise<E.Either<Problem, Reply>> => {
  const shown = await disclose(deps, ctx, purpose, found);
  if (E.isLeft(shown)) return shown;
  const entries = t.array(TrailEntry).decode(shown.right);
  if (E.isLeft(entries)) return E.left(problem(500, 'Defect', 'a trail entry no longer reads'));
  switch (format ?? 'json') {
    case 'text':
      return E.right({ status: 200, text: trailText(title, entries.right) });
    case 'md':
      return E.right({ status: 200, text: trailMarkdown(title, entries.right), contentType: 'text/markdown; charset=utf-8' });
    default:
      return E.right({ status: 200, body: { title, entries: entries.right } });
  }
};

const auditors = ['auditor', 'administrator'] as const;
const readers = ['subject', 'communeOfficer', 'provincialOffice', 'recognisingAuthority', 'auditor', 'administrator'] as const;

const VerificationParams = strict('VerificationParams', { id: t.string }, {});

const decisionKinds = {
  councilResult: null,
  recognition: null,
  certificate: null,
  refusal: null,
  reEvaluationConcluded: null,
  superseded: null,
  expiry: null,
  revocation: null,
  annulment: null,
} satisfies Record<TrailEntry['kind'], null>;

const DecisionsQuery = strict(
  'DecisionsQuery',
  {},
  { kind: t.keyof(decisionKinds), ruleSet: RuleSetIdCodec, from: LocalDate, to: LocalDate, ...pagingProps, ...asOfProps },
);

export const auditRoutes = (deps: AuditDeps): ReadonlyArray<AnyRoute> => {
  const views = deps.views;
  const whoStarted = (p: Principal): string => `${p.role}:${p.id}`;
  return [
    route({
      method: 'get',
      path: '/api/decisions',
      operationId: 'searchDecisions',
      tag: 'Audit',
      summary: 'Rating decisions across products, in the store’s order: of a kind, under a rule set, on days from `from` to `to`',
      roles: auditors,
      params: strict('NoParams', {}, {}),
      query: DecisionsQuery,
      body: noBody,
      response: DecisionPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const { asOf, ...q } = query;
        const found = await views.read(asOf, (storage) => trailQueries(storage).decisions(q).then(E.mapLeft(queryProblem)));
        if (E.isLeft(found)) return found;
        return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchDecisions', found.right));
      },
    }),
    route({
      method: 'get',
      path: '/api/products/:id/trail',
      operationId: 'productTrail',
      tag: 'Audit',
      summary:
        'Every rating decision of a product, oldest first: council results with their computation, recognitions, certificates, expiries, revocations (format=json|text|md)',
      roles: readers,
      params: strict('ProductParams', { id: ProductId }, {}),
      query: TrailQuery,
      body: noBody,
      produces: ['text/plain', 'text/markdown'],
      response: t.type({ title: t.string, entries: t.array(TrailEntry) }),
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.product(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeProduct(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const found = await views.read(query.asOf, (storage) => trailQueries(storage).product(params.id).then(E.mapLeft(queryProblem)));
        if (E.isLeft(found)) return found;
        return trailReply(deps, ctx, 'productTrail', `Decision trail of product ${params.id}`, query.format, found.right);
      },
    }),
    route({
      method: 'get',
      path: '/api/dossiers/:id/trail',
      operationId: 'dossierTrail',
      tag: 'Audit',
      summary: 'Every rating decision on a dossier, oldest first (format=json|text|md)',
      roles: [...readers, 'councilMember', 'councilChair'],
      params: strict('DossierParams', { id: DossierId }, {}),
      query: TrailQuery,
      body: noBody,
      produces: ['text/plain', 'text/markdown'],
      response: t.type({ title: t.string, entries: t.array(TrailEntry) }),
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const allowed = await dossierAccess(deps, ctx.principal, params.id);
        if (E.isLeft(allowed)) return allowed;
        const found = await views.read(query.asOf, (storage) => trailQueries(storage).dossier(params.id).then(E.mapLeft(queryProblem)));
        if (E.isLeft(found)) return found;
        return trailReply(deps, ctx, 'dossierTrail', `Decision trail of dossier ${params.id}`, query.format, found.right);
      },
    }),
    route({
      method: 'get',
      path: '/api/streams/:stream/events',
      operationId: 'streamHistory',
      tag: 'Audit',
      summary:
        'A stream’s events with revision, position, metadata, hash and previous hash; personal data opened on need-to-know, sealed sheets without their scores',
      roles: auditors,
      params: strict('StreamParams', { stream: StreamName }, {}),
      query: strict('StreamQuery', {}, { ...asOfProps }),
      body: noBody,
      response: StreamAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const read = await deps.store.readStream(params.stream);
        if (E.isLeft(read)) return E.left(storeProblem(read.left));
        const recorded = read.right.filter(happenedBy(query.asOf));
        if (recorded.length === 0)
          return E.left(notFound(`the stream ${params.stream} has no events${query.asOf === undefined ? '' : ` by ${query.asOf}`}`));
        const sealed = await sealedSheetIds(deps.ledger, recorded, ctx.principal.person);
        const events = recorded.map((e) => ({
          revision: e.revision.toString(),
          position: positionToString(e.position),
          eventId: e.eventId,
          type: e.type,
          schemaVersion: e.schemaVersion,
          recordedTime: e.recordedTime,
          metadata: e.metadata,
          data: sealed.has(e.eventId) ? sealedData(e.data) : e.data,
          previousHash: e.previousHash,
          hash: e.hash,
        }));
        const shown = await disclose(
          deps,
          ctx,
          'streamHistory',
          { stream: params.stream, events },
          recorded.map((e) => e.eventId),
        );
        return E.map((body: unknown) => ({ status: 200, body }))(shown);
      },
    }),
    route({
      method: 'post',
      path: '/api/audit/verifications',
      operationId: 'startVerification',
      tag: 'Audit',
      summary:
        'Starts verifying the whole history with @ocop/audit (hash chains, re-folds, recomputed results, decisions under their rules); poll the Location',
      roles: auditors,
      params: strict('NoParams', {}, {}),
      query: strict('NoQuery', {}, {}),
      body: noBody,
      problems: [401, 403],
      handle: ({ ctx }) => {
        const v = deps.verifications.start(whoStarted(ctx.principal));
        return Promise.resolve(E.right({ status: 202, body: v, headers: { Location: `/api/audit/verifications/${v.id}` } }));
      },
    }),
    route({
      method: 'get',
      path: '/api/audit/verifications/:id',
      operationId: 'getVerification',
      tag: 'Audit',
      summary: 'A verification: running, or done with its report (clean when no finding), or failed',
      roles: auditors,
      params: VerificationParams,
      query: strict('NoQuery', {}, {}),
      body: noBody,
      response: VerificationAnswer,
      problems: [401, 403, 404],
      handle: ({ params }) => {
        const v = deps.verifications.get(params.id);
        return Promise.resolve(
          v === undefined
            ? E.left(notFound('no such verification (they are kept until the host restarts)'))
            : E.right({ status: 200, body: v }),
        );
      },
    }),
  ];
};
