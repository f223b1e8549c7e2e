import * as t from 'io-ts';
import { either, type either as E } from 'fp-ts';

/** One problem with an input: where it is (a dotted path, empty for the whole input) and what is wrong. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/** An input that does not fit its codec; carries every problem found, not only the first. */
export interface ValidationFailure {
  readonly _tag: 'ValidationFailure';
  /** What was being decoded, e.g. "SelfAssessment" or "event DossierFiled v2". */
  readonly what: string;
  readonly errors: ReadonlyArray<FieldError>;
}

const show = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  const s = JSON.stringify(value) ?? `a ${typeof value}`;
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
};

const pathOf = (context: t.Context): string => {
  const keys: string[] = [];
  context.forEach((entry, i) => {
    if (i === 0) return;
    const parent = context[i - 1]?.type as { _tag?: string } | undefined;
    // Intersections and unions number their members; those numbers are not part of the input's path.
    if (parent?._tag === 'IntersectionType' || parent?._tag === 'UnionType') return;
    if (entry.key !== '') keys.push(entry.key);
  });
  return keys.join('.');
};

export const formatErrors = (errors: t.Errors): ReadonlyArray<FieldError> => {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    const last = error.context[error.context.length - 1];
    const path = pathOf(error.context);
    const expected =
      last?.type instanceof t.KeyofType
        ? `one of ${Object.keys(last.type.keys as object)
            .map((k) => JSON.stringify(k))
            .join(', ')}`
        : (last?.type.name ?? 'a value');
    const message =
      error.message ?? (error.value === undefined ? `is required (${expected})` : `expected ${expected}, got ${show(error.value)}`);
    const key = `${path}\u0000${message}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push({ path, message });
    }
  }
  return out;
};

export const validationFailure = (what: string, errors: ReadonlyArray<FieldError>): ValidationFailure => ({
  _tag: 'ValidationFailure',
  what,
  errors,
});

/** Decodes `input` with `codec`; a failure names what was decoded and lists every problem. */
export const decodeWith =
  <A, O>(codec: t.Type<A, O, unknown>, what: string = codec.name) =>
  (input: unknown): E.Either<ValidationFailure, A> =>
    either.mapLeft((errors: t.Errors) => validationFailure(what, formatErrors(errors)))(codec.decode(input));

/** "field: message; field: message", for logs and command-line output. */
export const describeFailure = (f: ValidationFailure): string =>
  `${f.what}: ${f.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}`;
