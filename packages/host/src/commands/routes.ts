import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { instantOf, localDateOf, strict } from '@ocop/kernel';
import type { ProjectionStorage } from '@ocop/projections';
import { leaveRounds } from './dossier-left.js';
import { planStream } from '@ocop/domain';
import { positionToString, type RecordedEvent } from '@ocop/eventstore';
import { aggregates, type Executed, type Ledger } from '@ocop/ledger';
import { actorOf } from '../auth/claims.js';
import { checkCommand, commandRoles } from '../access/command-policy.js';
import type { Facts } from '../access/facts.js';
import { etagOf, expectationOf, revisionOf } from '../http/etag.js';
import { ledgerProblem, storeProblem } from '../http/ledger-problem.js';
import { invalidInput, problem, type Problem } from '../http/problem.js';
import { route, type AnyRoute, type RequestContext } from '../http/route.js';
import { bodyCodecOf } from './body-codec.js';
import { families, type Family } from './families.js';

export interface CommandDeps {
  readonly ledger: Ledger;
  readonly storage: ProjectionStorage;
  readonly facts: Facts;
  readonly clock: () => Date;
}

const idempotencyKey = /^[A-Za-z0-9._:~-]{1,100}$/;

const EventSummary = t.type({ eventId: t.string, type: t.string, stream: t.string, revision: t.string, position: t.string });
/** What a command answers: the events it wrote (no data: it may be personal), the reactions it caused. */
export const CommandAnswer = t.type({
  stream: t.string,
  replay: t.boolean,
  events: t.array(EventSummary),
  reactions: t.array(EventSummary),
  reactionFailures: t.array(t.type({ command: t.string, stream: t.string, rule: t.string, detail: t.string })),
});

const summary = (e: RecordedEvent) => ({
  eventId: e.eventId,
  type: e.type,
  stream: e.stream,
  revision: e.revision.toString(),
  position: positionToString(e.position),
});

const answer = (stream: string, x: Executed) => ({
  stream,
  replay: x.replay,
  events: x.events.map(summary),
  reactions: x.reactions.map(summary),
  reactionFailures: x.reactionFailures.map((f) => {
    const p = ledgerProblem(f.error);
    return { command: f.dispatch.command.type, stream: f.dispatch.stream, rule: p.rule ?? p.type, detail: p.detail };
  }),
});

/** The body must name the resource of the path, when it names one (`subjectId`, `dossierId`, the plan's area and year). */
const sameResource = (family: Family, id: string, body: unknown): Problem | undefined => {
  if (typeof body !== 'object' || body === null) return undefined;
  const fields: Readonly<Record<string, unknown>> = { ...body };
  if (family.aggregate === 'plan') {
    const area = fields['area'];
    const year = fields['year'];
    if (typeof area === 'object' && area !== null && typeof year === 'number') {
      const a: Readonly<Record<string, unknown>> = { ...area };
      const named = planStream(
        {
          province: String(a['province']),
          ...(typeof a['district'] === 'string' ? { district: a['district'] } : {}),
          ...(typeof a['commune'] === 'string' ? { commune: a['commune'] } : {}),
        },
        year,
      );
      if (named !== `ProgrammePlan-${id}`)
        return problem(422, 'IdMismatch', `the body's area and year name ${named}, not the plan ${id} of the path`);
    }
    return undefined;
  }
  const named = fields[family.idField];
  return named === undefined || named === id
    ? undefined
    : problem(422, 'IdMismatch', `the body's ${family.idField} is ${JSON.stringify(named)}, the path's is ${JSON.stringify(id)}`);
};

const commandIdOf = (ctx: RequestContext): E.Either<Problem, string> => {
  const key = ctx.header('idempotency-key');
  if (key === undefined) return E.right(`request:${ctx.requestId}`);
  // Keys are the caller's: two accounts using the same key never share an outcome.
  return idempotencyKey.test(key)
    ? E.right(`key:${ctx.principal.id}:${key}`)
    : E.left(problem(400, 'InvalidIdempotencyKey', 'an Idempotency-Key is 1 to 100 letters, digits or ._:~-'));
};

const commandRoute = (deps: CommandDeps, family: Family, codec: t.Mixed): AnyRoute => {
  const type = codec.name;
  const Params = strict(`${type}Params`, { id: family.id }, {});
  return route({
    method: 'post',
    path: `/api/${family.segment}/:id/commands/${type}`,
    operationId: type,
    tag: family.title,
    summary: `${type} (business time and actor are the host's)`,
    roles: commandRoles[type] ?? [],
    params: Params,
    query: strict('NoQuery', {}, {}),
    body: bodyCodecOf(codec),
    response: CommandAnswer,
    problems: [400, 401, 403, 404, 409, 412, 413, 415, 422, 428, 503],
    handle: async ({ params, body, ctx }) => {
      const id = String(params.id);
      const mismatch = sameResource(family, id, body);
      if (mismatch) return E.left(mismatch);
      const commandId = commandIdOf(ctx);
      if (E.isLeft(commandId)) return commandId;
      const input = {
        type,
        data: { ...body, at: instantOf(deps.clock()), by: actorOf(ctx.principal) },
      };
      const base = { id, commandId: commandId.right, correlationId: ctx.requestId, expected: undefined };
      const request = family.request(input, base);
      if (E.isLeft(request)) return E.left(invalidInput(request.left, 'body'));
      const allowed = await checkCommand(ctx.principal, request.right, deps.facts);
      if (E.isLeft(allowed)) return allowed;

      const name = aggregates[family.aggregate].stream(id);
      const read = await deps.ledger.store.readStream(name);
      if (E.isLeft(read)) return E.left(storeProblem(read.left));
      const replay = read.right.some((e) => e.metadata.commandId === commandId.right);
      const current = read.right[read.right.length - 1]?.revision;
      const ifMatch = ctx.header('if-match');
      const ifNoneMatch = ctx.header('if-none-match');
      const expected = replay
        ? E.right(undefined)
        : expectationOf({ ...(ifMatch === undefined ? {} : { ifMatch }), ...(ifNoneMatch === undefined ? {} : { ifNoneMatch }) }, current);
      if (E.isLeft(expected)) return expected;

      const executed = await deps.ledger.execute({
        ...request.right,
        ...(expected.right === undefined ? {} : { expected: expected.right }),
      });
      if (E.isLeft(executed)) return E.left(ledgerProblem(executed.left));
      const done = executed.right;
      // The one reaction the ledger leaves to its host: a dossier that leaves its round.
      const left =
        family.aggregate === 'dossier' && !done.replay
          ? await leaveRounds(deps, done.events, ctx.requestId, localDateOf(instantOf(deps.clock())))
          : { written: [], failures: [] };
      const x: Executed = {
        ...done,
        reactions: [...done.reactions, ...left.written],
        reactionFailures: [...done.reactionFailures, ...left.failures],
      };
      const revision = revisionOf(x.expected);
      const created = x.events[0]?.revision === 0n;
      return E.right({
        status: created ? 201 : 200,
        headers: {
          ...(revision === undefined ? {} : { ETag: etagOf(revision) }),
          ...(created ? { Location: `/api/${family.segment}/${id}` } : {}),
        },
        body: answer(name, x),
      });
    },
  });
};

/** One route per command of every aggregate: `POST /api/{aggregate}/{id}/commands/{Type}`. */
export const commandRoutes = (deps: CommandDeps): ReadonlyArray<AnyRoute> =>
  families.flatMap((f) => f.codecs.map((c) => commandRoute(deps, f, c)));
