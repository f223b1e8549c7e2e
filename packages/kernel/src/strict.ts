import * as t from 'io-ts';
import { either } from 'fp-ts';

export type StrictType<R extends t.Props, O extends t.Props> = t.TypeOfProps<R> & Partial<t.TypeOfProps<O>>;
export type StrictOutput<R extends t.Props, O extends t.Props> = t.OutputOfProps<R> & Partial<t.OutputOfProps<O>>;

/** A strict codec, with its required and optional fields readable. */
export type StrictC<R extends t.Props, O extends t.Props> = t.Type<StrictType<R, O>, StrictOutput<R, O>, unknown> & {
  readonly required: R;
  readonly optional: O;
};

/**
 * An object codec that rejects unknown fields instead of ignoring them, so that a misspelt field in a
 * request body, a stored event or a rule file is an error that names it, never a silent loss.
 * Decoding also drops nothing and adds nothing: the output holds exactly the declared fields present.
 */
export const strict = <R extends t.Props, O extends t.Props>(name: string, required: R, optional: O): StrictC<R, O> => {
  const base: t.Type<StrictType<R, O>, StrictOutput<R, O>, unknown> = t.intersection([t.type(required), t.partial(optional)]);
  const known = new Set([...Object.keys(required), ...Object.keys(optional)]);
  // Copies the declared fields that are present; every other key was rejected or is not ours.
  const pick = <A extends object>(value: A): A => {
    const out = { ...value };
    for (const k of Object.keys(out)) if (!known.has(k) || out[k as keyof A] === undefined) delete out[k as keyof A];
    return out;
  };
  const codec = new t.Type<StrictType<R, O>, StrictOutput<R, O>, unknown>(
    name,
    (u): u is StrictType<R, O> => base.is(u) && Object.keys(u as object).every((k) => known.has(k)),
    (u, context) => {
      // Not an object at all: one error naming this codec, not one per member of the intersection below.
      if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, context);
      // The intersection's own context entry lets error paths skip its member numbers.
      const result = either.map((a: StrictType<R, O>) => pick(a))(base.validate(u, [...context, { key: '', type: base, actual: u }]));
      const record = u as Readonly<Record<string, unknown>>;
      const unknownFields: t.Errors = Object.keys(record)
        .filter((key) => !known.has(key))
        .map((key) => ({
          value: record[key],
          context: [...context, { key, type: t.never, actual: record[key] }],
          message: `unknown field "${key}"`,
        }));
      if (unknownFields.length === 0) return result;
      return t.failures([...unknownFields, ...(either.isLeft(result) ? result.left : [])]);
    },
    (a) => pick(base.encode(a)),
  );
  // The fields stay readable, for documents and generators that walk a codec's structure.
  return Object.assign(codec, { required, optional });
};
