import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { fold, strict } from '@ocop/kernel';
import { ProductId, SubjectId, type SubjectEvent } from '@ocop/domain';
import type { RecordedEvent } from '@ocop/eventstore';
import { aggregates } from '@ocop/ledger';
import { indicatorQueries, type PlansQuery } from '@ocop/projections';
import { covers, scopeOf } from '../access/areas.js';
import { canSeeProduct, seesEverything } from '../access/read-policy.js';
import { planIdParts, PlanId } from '../commands/plan-id.js';
import { etagOf } from '../http/etag.js';
import { forbidden, notFound, problem, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { disclose } from '../privacy/disclose.js';
import { CertificationAnswer, IndicatorsAnswer, PlanAnswer, PlanPage, SubjectAnswer } from './answers.js';
import { asOfProps, CommuneCode, DistrictCode, IntFromString, pagingProps, ProvinceCode } from './codecs.js';
import type { Principal } from '../auth/claims.js';
import type { QueryDeps } from './products.js';
import { eventsOf } from './stream-events.js';
import { queryProblem, todayOf } from './views.js';

const etagFor = (recorded: ReadonlyArray<RecordedEvent>): Readonly<Record<string, string>> => {
  const last = recorded[recorded.length - 1];
  return last === undefined ? {} : { ETag: etagOf(last.revision) };
};

/** A subject as its events tell it, with its representative (personal) and the facts of criterion 3.2 (sensitive). */
const subjectDoc = (events: ReadonlyArray<SubjectEvent>): Readonly<Record<string, unknown>> | undefined => {
  let doc: Record<string, unknown> | undefined;
  for (const e of events) {
    const { at: _at, by: _by, ...data } = e.data;
    doc = e.type === 'SubjectRegistered' ? { ...data } : doc === undefined ? undefined : { ...doc, ...data };
  }
  return doc;
};

/**
 * The plans a caller reads, narrowed before paging: an office's or authority's province (with the units merged
 * into it), a commune's own plans; naming a province outside them is refused.
 */
const plansWithin = (p: Principal, province: string | undefined): E.Either<Problem, Pick<PlansQuery, 'within'>> => {
  if (seesEverything(p)) return E.right({});
  const scope = scopeOf(p.area);
  switch (scope.level) {
    case 'national':
      return E.right({});
    case 'province':
      if (province !== undefined && !scope.codes.has(province))
        return E.left(forbidden('OutsideArea', `province ${province} is outside ${p.area}`));
      return E.right({ within: { provinces: [...scope.codes] } });
    case 'commune':
      return E.right({ within: { communes: [...scope.codes] } });
  }
};

const areaRoles = ['communeOfficer', 'provincialOffice', 'recognisingAuthority', 'auditor', 'administrator'] as const;

export const stateRoutes = (deps: QueryDeps): ReadonlyArray<AnyRoute> => {
  const views = deps.views;
  return [
    route({
      method: 'get',
      path: '/api/subjects/:id',
      operationId: 'getSubject',
      tag: 'Subjects',
      summary: 'A subject: name, legal form, area, registration, its representative (personal) and the facts of criterion 3.2 (sensitive)',
      roles: ['subject', ...areaRoles],
      params: strict('SubjectParams', { id: SubjectId }, {}),
      query: strict('SubjectQuery', {}, { ...asOfProps }),
      body: noBody,
      response: SubjectAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const facts = await deps.facts.subject(params.id);
        if (E.isLeft(facts)) return facts;
        const f = facts.right;
        if (f === undefined) return E.left(notFound('no such subject'));
        const p = ctx.principal;
        if (p.role === 'subject' ? p.subject !== f.subjectId : !seesEverything(p) && !covers(scopeOf(p.area), f.area))
          return E.left(forbidden(p.role === 'subject' ? 'NotYourSubject' : 'OutsideArea', 'this account may not read that subject'));
        const read = await eventsOf(deps, aggregates.subject, params.id, query.asOf);
        if (E.isLeft(read)) return read;
        const doc = subjectDoc(read.right.events);
        if (doc === undefined) return E.left(notFound(`the subject was not registered by ${query.asOf ?? 'now'}`));
        const body = await disclose(
          deps,
          ctx,
          'getSubject',
          doc,
          read.right.recorded.map((e) => e.eventId),
        );
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etagFor(read.right.recorded) }))(body);
      },
    }),
    route({
      method: 'get',
      path: '/api/certifications/:id',
      operationId: 'getCertification',
      tag: 'Certifications (one per product)',
      summary:
        'A product’s certification history as its decider folds it: results received, dossiers decided, certificates; the ETag to send with its commands',
      roles: ['subject', ...areaRoles],
      params: strict('CertificationParams', { id: ProductId }, {}),
      query: strict('CertificationQuery', {}, { ...asOfProps }),
      body: noBody,
      response: CertificationAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.product(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeProduct(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const read = await eventsOf(deps, aggregates.certification, params.id, query.asOf);
        if (E.isLeft(read)) return read;
        const state = fold(aggregates.certification.decider)(read.right.events);
        return E.right({ status: 200, body: state, headers: etagFor(read.right.recorded) });
      },
    }),
    route({
      method: 'get',
      path: '/api/plans/:id',
      operationId: 'getPlan',
      tag: 'Programme plans',
      summary: 'A programme plan’s targets (id: area codes and year, e.g. 60.599.2024); the ETag to revise them',
      roles: areaRoles,
      params: strict('PlanParams', { id: PlanId }, {}),
      query: strict('PlanQuery', {}, { ...asOfProps }),
      body: noBody,
      response: PlanAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        if (!seesEverything(ctx.principal) && !covers(scopeOf(ctx.principal.area), planIdParts(params.id)))
          return E.left(forbidden('OutsideArea', `the plan ${params.id} is outside ${ctx.principal.area}`));
        const read = await eventsOf(deps, aggregates.plan, params.id, query.asOf);
        if (E.isLeft(read)) return read;
        if (read.right.events.length === 0) return E.left(notFound('no such plan'));
        const state = fold(aggregates.plan.decider)(read.right.events);
        return E.right({ status: 200, body: { id: params.id, ...state }, headers: etagFor(read.right.recorded) });
      },
    }),
    route({
      method: 'get',
      path: '/api/plans',
      operationId: 'searchPlans',
      tag: 'Programme plans',
      summary: 'Programme plans by year and province (as recorded)',
      roles: areaRoles,
      params: strict('NoParams', {}, {}),
      query: strict('PlansQuery', {}, { year: IntFromString, province: ProvinceCode, ...pagingProps, ...asOfProps }),
      body: noBody,
      response: PlanPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const within = plansWithin(ctx.principal, query.province);
        if (E.isLeft(within)) return within;
        const { asOf: _asOf, ...q } = query;
        const found = await views.read(query.asOf, (storage) =>
          indicatorQueries(storage)
            .plans({ ...q, ...within.right })
            .then(E.mapLeft(queryProblem)),
        );
        return E.map((body: unknown) => ({ status: 200, body }))(found);
      },
    }),
    route({
      method: 'get',
      path: '/api/indicators',
      operationId: 'getIndicators',
      tag: 'Programme plans',
      summary: 'Programme indicators of an area and year against its plan (today’s codes cover the units merged into them)',
      roles: areaRoles,
      params: strict('NoParams', {}, {}),
      query: strict(
        'IndicatorsQuery',
        { year: IntFromString },
        { province: ProvinceCode, district: DistrictCode, commune: CommuneCode, ...asOfProps },
      ),
      body: noBody,
      response: IndicatorsAnswer,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const p = ctx.principal;
        const scope = scopeOf(p.area);
        const province = query.province ?? (scope.level === 'province' ? scope.code : undefined);
        const commune = query.commune ?? (scope.level === 'commune' ? scope.code : undefined);
        if (province === undefined)
          return E.left(problem(400, 'AreaRequired', 'name the province (and the commune or district) of the indicators'));
        const area = {
          province,
          ...(query.district === undefined ? {} : { district: query.district }),
          ...(commune === undefined ? {} : { commune }),
        };
        if (!seesEverything(p) && !covers(scope, area)) return E.left(forbidden('OutsideArea', `the area is outside ${p.area}`));
        const found = await views.read(query.asOf, (storage) =>
          indicatorQueries(storage).indicators(area, query.year).then(E.mapLeft(queryProblem)),
        );
        if (E.isLeft(found)) return found;
        return E.right({ status: 200, body: { ...found.right, today: todayOf(deps.clock) } });
      },
    }),
  ];
};

export const TrailQuery = strict('TrailQuery', {}, { format: t.keyof({ json: null, text: null, md: null }), ...asOfProps });
