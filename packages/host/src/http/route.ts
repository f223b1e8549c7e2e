import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { decodeWith, type ValidationFailure } from '@ocop/kernel';
import type { HostRole, Principal } from '../auth/claims.js';
import { invalidInput, problem, type Problem } from './problem.js';

/** What a handler answers when all went well. `body` is sent as JSON unless `text` is given. */
export interface Reply {
  readonly status: number;
  readonly body?: unknown;
  readonly text?: string;
  readonly contentType?: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** What a handler knows of its request besides the decoded parameters, query and body. */
export interface RequestContext {
  readonly requestId: string;
  readonly principal: Principal;
  readonly header: (name: string) => string | undefined;
  /** The path asked for, for problem details' `instance`. */
  readonly path: string;
}

export interface Input<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly ctx: RequestContext;
}

/** What a route declares about itself: the OpenAPI document and the role matrix test read these. */
interface RouteMeta {
  readonly method: 'get' | 'post';
  /** Express syntax: `/api/dossiers/:id`. */
  readonly path: string;
  readonly operationId: string;
  readonly tag: string;
  readonly summary: string;
  readonly roles: ReadonlyArray<HostRole>;
  /** The shape of a successful answer, for the OpenAPI document. */
  readonly response?: t.Mixed;
  /** Media types of answers that are not JSON (the trail as text or Markdown). */
  readonly produces?: ReadonlyArray<string>;
  /** The statuses it may answer besides success, for the OpenAPI document. */
  readonly problems: ReadonlyArray<number>;
}

/**
 * One route of the API, declared once: the codecs that check its path parameters, query string and body
 * (strict: unknown fields are refused), the roles that may call it, and its handler.
 */
export interface RouteSpec<P, Q, B> extends RouteMeta {
  readonly params: t.Type<P, unknown, unknown>;
  readonly query: t.Type<Q, unknown, unknown>;
  /** `noBody` for routes that take none. */
  readonly body: t.Type<B, unknown, unknown>;
  readonly handle: (input: Input<P, Q, B>) => Promise<E.Either<Problem, Reply>>;
}

/** The raw parts of a request, before decoding. */
export interface RawInput {
  readonly params: unknown;
  readonly query: unknown;
  /** `undefined` when the request had no body. */
  readonly body: unknown;
}

/** A route as the server mounts it: its codecs kept for the documents, its handler behind its own decoding. */
export interface AnyRoute extends RouteMeta {
  readonly params: t.Mixed;
  readonly query: t.Mixed;
  readonly body: t.Mixed;
  readonly run: (raw: RawInput, ctx: RequestContext) => Promise<E.Either<Problem, Reply>>;
}

const decodePart = <A>(codec: t.Type<A, unknown, unknown>, value: unknown, where: string): E.Either<Problem, A> =>
  E.mapLeft((f: ValidationFailure) => invalidInput(f, where))(decodeWith(codec)(value));

/** The body of a route that takes none: a request that sends one is refused. */
export const noBody = new t.Type<undefined, undefined, unknown>(
  'NoBody',
  (u): u is undefined => u === undefined,
  (u, c) => (u === undefined ? t.success(undefined) : t.failure(u, c, 'this route takes no body')),
  () => undefined,
);

export const route = <P, Q, B>(spec: RouteSpec<P, Q, B>): AnyRoute => {
  const { handle, ...meta } = spec;
  return {
    ...meta,
    run: async (raw, ctx) => {
      const params = decodePart(spec.params, raw.params, 'path');
      if (E.isLeft(params)) return params;
      const query = decodePart(spec.query, raw.query, 'query string');
      if (E.isLeft(query)) return query;
      if (raw.body === undefined && spec.body.name !== noBody.name)
        return E.left(problem(400, 'BodyRequired', 'this route takes a JSON body (Content-Type: application/json)'));
      const body = decodePart(spec.body, raw.body, 'body');
      if (E.isLeft(body)) return body;
      return handle({ params: params.right, query: query.right, body: body.right, ctx });
    },
  };
};
