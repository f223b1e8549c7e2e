import { either as E } from 'fp-ts';
import { instantOf, isJson, type Json } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import { recordAccesses, sightOf, type Vault } from '@ocop/privacy';
import { problem, type Problem } from '../http/problem.js';
import type { RequestContext } from '../http/route.js';

export interface DiscloseDeps {
  readonly store: EventStore;
  readonly vault: Vault;
  readonly clock: () => Date;
}

/**
 * What a response may show of personal data: every sealed value the reader's role may see is opened
 * (sensitive facts of criterion 3.2 only for roles that need them, `withheld` for the others), an erased
 * person reads `{ "erased": true }`, and every person revealed is recorded as an access with the request id.
 */
export const disclose = async (
  deps: DiscloseDeps,
  ctx: RequestContext,
  purpose: string,
  value: unknown,
  events: ReadonlyArray<string> = [],
): Promise<E.Either<Problem, Json>> => {
  const json: unknown = value === undefined ? null : JSON.parse(JSON.stringify(value));
  if (!isJson(json)) return E.left(problem(500, 'Defect', 'a response that is not JSON'));
  const opened = await deps.vault.unseal(json, sightOf(ctx.principal.role));
  if (E.isLeft(opened))
    return E.left(
      problem(503, 'KeyStoreUnavailable', 'personal data cannot be opened now; try again', { headers: { 'Retry-After': '5' } }),
    );
  const { principal } = ctx;
  const recorded = await recordAccesses(
    deps.store,
    opened.right.revealed.map((person) => ({
      person,
      reader: { id: principal.id, role: principal.role, organisation: principal.organisation },
      purpose,
      at: instantOf(deps.clock()),
      events,
      request: ctx.requestId,
    })),
  );
  // Nothing is shown that could not be recorded.
  if (E.isLeft(recorded)) return E.left(problem(503, 'StoreUnavailable', 'the access to personal data cannot be recorded now; try again'));
  return E.right(opened.right.data);
};
