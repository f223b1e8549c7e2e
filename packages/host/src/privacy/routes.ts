import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { instantOf, strict } from '@ocop/kernel';
import { PersonId } from '@ocop/domain';
import { exportPerson, type Vault } from '@ocop/privacy';
import { hostRoles } from '../auth/claims.js';
import { storeProblem } from '../http/ledger-problem.js';
import { forbidden, problem, type Problem } from '../http/problem.js';
import { noBody, route, type AnyRoute } from '../http/route.js';
import { PersonExportAnswer } from '../queries/answers.js';
import type { DiscloseDeps } from './disclose.js';
import { recordAccesses } from '@ocop/privacy';

export interface PrivacyDeps extends DiscloseDeps {
  readonly vault: Vault;
  readonly rotate: () => Promise<E.Either<Problem, { readonly rewrapped: number }>>;
}

const PersonParams = strict('PersonParams', { person: PersonId }, {});

// The erasure is complete only once no master key that wrapped the destroyed key remains (docs/privacy.md).
const rotationPending =
  'rotate the master key (POST /api/admin/master-key/rotation, or offline when it comes from OCOP_MASTER_KEY) and destroy the old one: until then a backup made before this erasure still opens the person’s data';

export const privacyRoutes = (deps: PrivacyDeps): ReadonlyArray<AnyRoute> => [
  route({
    method: 'get',
    path: '/api/persons/:person/export',
    operationId: 'exportPerson',
    tag: 'Personal data',
    summary: 'The right of access: everything the history holds about a person, opened (the administrator, or the person themself)',
    roles: hostRoles,
    params: PersonParams,
    query: strict('NoQuery', {}, {}),
    body: noBody,
    response: PersonExportAnswer,
    problems: [400, 401, 403, 503],
    handle: async ({ params, ctx }) => {
      const p = ctx.principal;
      if (p.role !== 'administrator' && p.person !== params.person)
        return E.left(forbidden('NotYourself', 'a person exports their own data; the administrator exports anyone’s on request'));
      const exported = await exportPerson(deps.store, deps.vault, params.person);
      if (E.isLeft(exported))
        return E.left(
          exported.left._tag === 'KeyStoreUnavailable'
            ? problem(503, 'KeyStoreUnavailable', exported.left.message)
            : storeProblem(exported.left),
        );
      const recorded = await recordAccesses(deps.store, [
        {
          person: params.person,
          reader: { id: p.id, role: p.role, organisation: p.organisation },
          purpose: 'exportPerson',
          at: instantOf(deps.clock()),
          events: exported.right.records.map((r) => r.eventId),
          request: ctx.requestId,
        },
      ]);
      if (E.isLeft(recorded)) return E.left(storeProblem(recorded.left));
      return E.right({ status: 200, body: exported.right });
    },
  }),
  route({
    method: 'post',
    path: '/api/persons/:person/erasure',
    operationId: 'erasePerson',
    tag: 'Personal data',
    summary: 'Erases a person: their key is destroyed, every value sealed with it reads as erased from then on; then rotate the master key',
    roles: ['administrator'],
    params: PersonParams,
    query: strict('NoQuery', {}, {}),
    body: noBody,
    response: t.type({ person: t.string, result: t.keyof({ erased: null, alreadyErased: null, unknown: null }), next: t.string }),
    problems: [400, 401, 403, 503],
    handle: async ({ params }) => {
      const erased = await deps.vault.erase(params.person, instantOf(deps.clock()));
      if (E.isLeft(erased)) return E.left(problem(503, 'KeyStoreUnavailable', erased.left.message));
      return E.right({ status: 200, body: { person: params.person, result: erased.right, next: rotationPending } });
    },
  }),
  route({
    method: 'post',
    path: '/api/admin/master-key/rotation',
    operationId: 'rotateMasterKey',
    tag: 'Personal data',
    summary: 'Re-wraps every person’s key under a new master key (kept in ./data/master.key), e.g. after an erasure',
    roles: ['administrator'],
    params: strict('NoParams', {}, {}),
    query: strict('NoQuery', {}, {}),
    body: noBody,
    response: t.type({ rewrapped: t.number }),
    problems: [401, 403, 409, 503],
    handle: async () => E.map((r: { readonly rewrapped: number }) => ({ status: 200, body: r }))(await deps.rotate()),
  }),
];
