import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { fold, strict } from '@ocop/kernel';
import { CouncilId, DossierId, PersonId, RoundId } from '@ocop/domain';
import { roundsQueries, type CouncilDoc, type Page, type QueryError, type RoundDoc, type RoundView } from '@ocop/projections';
import { aggregates } from '@ocop/ledger';
import type { Principal } from '../auth/claims.js';
import { covers, scopeOf } from '../access/areas.js';
import { canSeeCouncilFacts, canSeeRound, seesEverything } from '../access/read-policy.js';
import { forbidden, notFound, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { disclose } from '../privacy/disclose.js';
import { CouncilAnswer, CouncilPage, RoundAnswer, RoundPage, SheetAnswer } from './answers.js';
import { asOfProps, BooleanFromString, IntFromString, pagingProps, ProvinceCode } from './codecs.js';
import type { QueryDeps } from './products.js';
import { etagHeader } from './revision.js';
import { eventsOf } from './stream-events.js';
import { missingRow, queryProblem } from './views.js';

const Level = t.keyof({ commune: null, district: null, province: null, central: null });
export const RoundsQuery = strict(
  'RoundsQuery',
  {},
  { councilId: t.string, level: Level, province: ProvinceCode, year: IntFromString, open: BooleanFromString, ...pagingProps, ...asOfProps },
);
export const CouncilsQuery = strict(
  'CouncilsQuery',
  {},
  { level: Level, province: ProvinceCode, ruleSet: t.string, ...pagingProps, ...asOfProps },
);

/** Every page of a list, for filtering by access before paging (rounds and councils are few). */
const everything = async <A>(
  fetch: (offset: number) => Promise<E.Either<QueryError, Page<A>>>,
): Promise<E.Either<Problem, ReadonlyArray<A>>> => {
  const rows: A[] = [];
  for (let offset = 0; ; offset += 1000) {
    const p = await fetch(offset);
    if (E.isLeft(p)) return E.left(queryProblem(p.left));
    rows.push(...p.right.rows);
    if (p.right.rows.length < 1000 || rows.length >= p.right.total) return E.right(rows);
  }
};

/** Whether a council or round (as a read model holds it) is one the principal reads, by seat or by area. */
const visible = (
  p: Principal,
  d: { readonly province: string | null; readonly members: ReadonlyArray<{ readonly person: string }> },
): boolean => {
  if (seesEverything(p)) return true;
  if (p.role === 'councilMember' || p.role === 'councilChair')
    return p.person !== undefined && d.members.some((m) => m.person === p.person);
  return d.province !== null && covers(scopeOf(p.area), { province: d.province });
};

/** A member does not see the dossiers they are recused from, nor anything of them. */
const forMember = (p: Principal, round: RoundView): RoundView =>
  p.role === 'councilMember' || p.role === 'councilChair'
    ? { ...round, dossiers: round.dossiers.filter((d) => !d.recusals.some((r) => r.person === p.person)) }
    : round;

const roles = ['provincialOffice', 'recognisingAuthority', 'councilMember', 'councilChair', 'auditor', 'administrator'] as const;

const paged = <A>(rows: ReadonlyArray<A>, offset = 0, limit = 50) => ({
  rows: rows.slice(offset, offset + Math.min(limit, 1000)),
  total: rows.length,
  offset,
  limit: Math.min(limit, 1000),
});

export const roundRoutes = (deps: QueryDeps): ReadonlyArray<AnyRoute> => {
  const views = deps.views;
  return [
    route({
      method: 'get',
      path: '/api/rounds',
      operationId: 'searchRounds',
      tag: 'Rounds and councils',
      summary: 'Rounds (newest first) a caller may read: its area’s, or its own council’s; sealed sheets are never listed',
      roles,
      params: strict('NoParams', {}, {}),
      query: RoundsQuery,
      body: noBody,
      response: RoundPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const { offset, limit, asOf: _asOf, ...filters } = query;
        const all = await views.read(query.asOf, (storage) =>
          everything((o) => roundsQueries(storage).rounds({ ...filters, offset: o, limit: 1000 })),
        );
        if (E.isLeft(all)) return all;
        const rows: ReadonlyArray<RoundDoc> = all.right.filter((r) => visible(ctx.principal, r));
        return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchRounds', paged(rows, offset, limit)));
      },
    }),
    route({
      method: 'get',
      path: '/api/rounds/:id',
      operationId: 'getRound',
      tag: 'Rounds and councils',
      summary: 'A round: its council as it stood, its dossiers, who submitted (sheets stay sealed until scoring closes), results',
      roles,
      params: strict('RoundParams', { id: RoundId }, {}),
      query: strict('RoundQuery', {}, { ...asOfProps }),
      body: noBody,
      response: RoundAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.round(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeRound(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const doc = await views.read(query.asOf, (storage) => roundsQueries(storage).round(params.id).then(E.mapLeft(queryProblem)));
        if (E.isLeft(doc)) return doc;
        if (doc.right === undefined) return E.left(missingRow('round', query.asOf));
        const etag = await etagHeader(deps.store, `Round-${params.id}`);
        if (E.isLeft(etag)) return etag;
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etag.right }))(
          await disclose(deps, ctx, 'getRound', forMember(ctx.principal, doc.right)),
        );
      },
    }),
    route({
      method: 'get',
      path: '/api/rounds/:id/dossiers/:dossierId/sheets/:person',
      operationId: 'getSheet',
      tag: 'Rounds and councils',
      summary:
        'A member’s sheet on a dossier: sealed (its author only) until the chair closes scoring, then open to those who read the round',
      roles,
      params: strict('SheetParams', { id: RoundId, dossierId: DossierId, person: PersonId }, {}),
      query: strict('SheetQuery', {}, { ...asOfProps }),
      body: noBody,
      response: SheetAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.round(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeRound(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        // The round as it stood at the end of `asOf`: its attempt then, and sealed if scoring was still open.
        const read = await eventsOf(deps, aggregates.round, params.id, query.asOf);
        if (E.isLeft(read)) return read;
        const state = fold(aggregates.round.decider)(read.right.events);
        if (state.status === 'none')
          return E.left(notFound(query.asOf === undefined ? 'no such round' : `the round was not open by ${query.asOf}`));
        const dossier = state.dossiers.find((d) => d.dossierId === params.dossierId);
        if (!dossier) return E.left(notFound('the dossier is not in the round'));
        const p = ctx.principal;
        if ((p.role === 'councilMember' || p.role === 'councilChair') && p.person !== undefined && dossier.recused.includes(p.person))
          return E.left(forbidden('Recused', 'this member is recused from the dossier'));
        const sheet = dossier.sheets.find((s) => s.person === params.person);
        const sealed = dossier.status === 'scoring';
        if (sealed && p.person !== params.person)
          return E.left(forbidden('SheetSealed', 'a member’s sheet stays sealed to everyone else until the chair closes scoring'));
        if (!sheet) return E.left(notFound('no sheet of that member in the current attempt'));
        return E.right({
          status: 200,
          body: { roundId: params.id, dossierId: params.dossierId, attempt: dossier.attempt, sealed, ...sheet },
        });
      },
    }),
    route({
      method: 'get',
      path: '/api/councils',
      operationId: 'searchCouncils',
      tag: 'Rounds and councils',
      summary: 'Councils a caller may read, with their members (names are personal data, shown on need-to-know)',
      roles,
      params: strict('NoParams', {}, {}),
      query: CouncilsQuery,
      body: noBody,
      response: CouncilPage,
      problems: [400, 401, 403, 503],
      handle: async ({ query, ctx }) => {
        const { offset, limit, asOf: _asOf, ...filters } = query;
        const all = await views.read(query.asOf, (storage) =>
          everything((o) => roundsQueries(storage).councils({ ...filters, offset: o, limit: 1000 })),
        );
        if (E.isLeft(all)) return all;
        const rows: ReadonlyArray<CouncilDoc> = all.right.filter((c) => visible(ctx.principal, c));
        return E.map((body: unknown) => ({ status: 200, body }))(await disclose(deps, ctx, 'searchCouncils', paged(rows, offset, limit)));
      },
    }),
    route({
      method: 'get',
      path: '/api/councils/:id',
      operationId: 'getCouncil',
      tag: 'Rounds and councils',
      summary: 'A council: level, decision, chair, members and rules, and the later decisions on it; the ETag is its stream’s revision',
      roles,
      params: strict('CouncilParams', { id: CouncilId }, {}),
      query: strict('CouncilQuery', {}, { ...asOfProps }),
      body: noBody,
      response: CouncilAnswer,
      problems: [400, 401, 403, 404, 503],
      handle: async ({ params, query, ctx }) => {
        const f = await deps.facts.council(params.id);
        if (E.isLeft(f)) return f;
        const allowed = canSeeCouncilFacts(ctx.principal, f.right);
        if (E.isLeft(allowed)) return allowed;
        const doc = await views.read(query.asOf, (storage) => roundsQueries(storage).council(params.id).then(E.mapLeft(queryProblem)));
        if (E.isLeft(doc)) return doc;
        if (doc.right === undefined) return E.left(missingRow('council', query.asOf));
        const etag = await etagHeader(deps.store, `Council-${params.id}`);
        if (E.isLeft(etag)) return etag;
        return E.map((b: unknown) => ({ status: 200, body: b, headers: etag.right }))(await disclose(deps, ctx, 'getCouncil', doc.right));
      },
    }),
  ];
};
