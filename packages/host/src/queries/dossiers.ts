import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { LocalDate, strict } from '@ocop/kernel';
import { DossierId } from '@ocop/domain';
import { docByKey, pipelineQueries, productRegistry, SubjectDoc, type DossierRow } from '@ocop/projections';
import type { Principal } from '../auth/claims.js';
import type { RoundFacts } from '../access/facts.js';
import { canSeeDossier } from '../access/read-policy.js';
import type { Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { disclose } from '../privacy/disclose.js';
import { DossierAnswer, DossierPage } from './answers.js';
import { asOfProps, BooleanFromString, CommuneCode, pagingProps, ProvinceCode } from './codecs.js';
import { scopedArea, type QueryDeps } from './products.js';
import { etagHeader } from './revision.js';
import { missingRow, queryProblem, todayOf } from './views.js';

export const DossiersQuery = strict(
  'DossiersQuery',
  {},
  {
    stage: t.string,
    level: t.keyof({ commune: null, district: null, province: null, central: null }),
    kind: t.keyof({ first: null, upgrade: null, reEvaluation: null }),
    productId: t.string,
    province: ProvinceCode,
    commune: CommuneCode,
    open: BooleanFromString,
    overdue: BooleanFromString,
    today: LocalDate,
    ...pagingProps,
    ...asOfProps,
  },
);

/** The rounds a dossier was scored in, as the pipeline read model says, for a council member's access. */
export const roundsOfDossier = async (
  deps: QueryDeps,
  row: DossierRow | undefined,
): Promise<E.Either<Problem, ReadonlyArray<RoundFacts>>> => {
  if (row?.roundId === null || row === undefined) return E.right([]);
  const r = await deps.facts.round(row.roundId);
  return E.map((f: RoundFacts | undefined) => (f === undefined ? [] : [f]))(r);
};

/** Whether a principal may read a dossier: its facts from the store, its rounds from the read models. */
export const dossierAccess = async (
  deps: QueryDeps,
  p: Principal,
  dossierId: string,
): Promise<E.Either<Problem, DossierRow | undefined>> => {
  const f = await deps.facts.dossier(dossierId);
  if (E.isLeft(f)) return f;
  const row = await pipelineQueries(deps.storage).dossier(dossierId, todayOf(deps.clock));
  if (E.isLeft(row)) return E.left(queryProblem(row.left));
  const rounds = await roundsOfDossier(deps, row.right);
  if (E.isLeft(rounds)) return rounds;
  const allowed = canSeeDossier(p, f.right, rounds.right);
  return E.isLeft(allowed) ? allowed : E.right(row.right);
};

const listRoles = ['subject', 'communeOfficer', 'provincialOffice', 'recognisingAuthority', 'auditor', 'administrator'] as const;

export const dossierRoutes = (deps: QueryDeps): ReadonlyArray<AnyRoute> => {
  const views = deps.views;
  return [
    route({
      method: 'get',
      path: '/api/dossiers',
      operationId: 'searchDossiers',
      tag: 'Dossier pipeline',
      summary: 'The dossier pipeline: stage, level, kind, area, open or closed, overdue on a day (oldest filing first)',
      roles: listRoles,
      params: strict('NoParams', {}, {}),
      query: DossiersQuery,
      body: noBody,
      response: DossierPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const scoped = scopedArea(ctx.principal, query);
        if (E.isLeft(scoped)) return scoped;
        const { asOf: _asOf, ...q } = scoped.right;
        const search = { ...q, today: q.today ?? query.asOf ?? todayOf(deps.clock) };
        return views.read(query.asOf, async (storage) => {
          const pipeline = pipelineQueries(storage);
          if (ctx.principal.role === 'subject') {
            const own = await docByKey(storage, productRegistry, 'subjects', SubjectDoc.is, ctx.principal.subject ?? '');
            if (E.isLeft(own)) return E.left(queryProblem(own.left));
            const rows: DossierRow[] = [];
            for (const productId of own.right?.productIds ?? []) {
              if (q.productId !== undefined && q.productId !== productId) continue;
              const found = await pipeline.search({ ...search, productId, offset: 0, limit: 1000 });
              if (E.isLeft(found)) return E.left(queryProblem(found.left));
              rows.push(...found.right.rows);
            }
            const offset = q.offset ?? 0;
            const limit = Math.min(q.limit ?? 50, 1000);
            return E.map((body: unknown) => ({ status: 200, body }))(
              await disclose(deps, ctx, 'searchDossiers', { rows: rows.slice(offset, offset + limit), total: rows.length, offset, limit }),
            );
          }
          const found = await pipeline.search(search);
          if (E.isLeft(found)) return E.left(queryProblem(found.left));
          return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchDossiers', found.right));
        });
      },
    }),
    route({
      method: 'get',
      path: '/api/dossiers/:id',
      operationId: 'getDossier',
      tag: 'Dossier pipeline',
      summary: 'A dossier: stage, level, outcome, deadlines and history; the ETag is its stream’s revision',
      roles: [...listRoles, 'councilMember', 'councilChair'],
      params: strict('DossierParams', { id: DossierId }, {}),
      query: strict('DossierQuery', {}, { today: LocalDate, ...asOfProps }),
      body: noBody,
      response: DossierAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const allowed = await dossierAccess(deps, ctx.principal, params.id);
        if (E.isLeft(allowed)) return allowed;
        const row = await views.read(query.asOf, (storage) =>
          pipelineQueries(storage)
            .dossier(params.id, query.today ?? query.asOf ?? todayOf(deps.clock))
            .then(E.mapLeft(queryProblem)),
        );
        if (E.isLeft(row)) return row;
        if (row.right === undefined) return E.left(missingRow('dossier', query.asOf));
        const etag = await etagHeader(deps.store, `Dossier-${params.id}`);
        if (E.isLeft(etag)) return etag;
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etag.right }))(await disclose(deps, ctx, 'getDossier', row.right));
      },
    }),
  ];
};
