import type { FieldError, ValidationFailure } from '@ocop/kernel';
import { cite } from '@ocop/rules';
import type { DomainError } from '@ocop/domain';

/**
 * An RFC 7807 problem: what every error answer of the host is (`application/problem+json`). `rule` names
 * the domain rule broken (with its legal `source`) or the host's own check; `errors` lists each field at fault.
 */
export interface Problem {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string;
  readonly rule?: string;
  readonly source?: string;
  readonly errors?: ReadonlyArray<FieldError>;
  readonly details?: Readonly<Record<string, unknown>>;
  /** Headers the answer needs (Allow, WWW-Authenticate, Retry-After). */
  readonly headers?: Readonly<Record<string, string>>;
}

const titles: Readonly<Record<number, string>> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** A problem of the host itself (not a domain rule): `urn:ocop:problem:<name>`. */
export const problem = (status: number, name: string, detail: string, extra: Partial<Problem> = {}): Problem => ({
  status,
  type: `urn:ocop:problem:${name}`,
  title: titles[status] ?? 'Error',
  detail,
  rule: name,
  ...extra,
});

/** Input that does not fit its codec: 400, with every field at fault. */
export const invalidInput = (failure: ValidationFailure, where: string): Problem =>
  problem(400, 'InvalidInput', `the ${where} does not fit ${failure.what}`, { errors: failure.errors });

const statusOfKind: Readonly<Record<DomainError['kind'], number>> = { conflict: 409, invalid: 422, forbidden: 403, notFound: 404 };

/** A command refused by its decider: the rule, its kind's status and its legal source. */
export const refused = (e: DomainError): Problem => ({
  status: statusOfKind[e.kind],
  type: `urn:ocop:rule:${e.rule}`,
  title: titles[statusOfKind[e.kind]] ?? 'Error',
  detail: e.message,
  rule: e.rule,
  ...(e.source === undefined ? {} : { source: cite(e.source) }),
  ...(e.details === undefined ? {} : { details: e.details }),
});

export const forbidden = (name: string, detail: string): Problem => problem(403, name, detail);
export const notFound = (detail: string): Problem => problem(404, 'NotFound', detail);
