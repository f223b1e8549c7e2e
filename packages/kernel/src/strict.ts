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
  const fields: ReadonlyArray<readonly [string, t.Mixed, boolean]> = [
    ...Object.entries(required).map(([k, c]) => [k, c, true] as const),
    ...Object.entries(optional).map(([k, c]) => [k, c, false] as const),
  ];
  // Copies the declared fields that are present; every other key was rejected or is not ours.
  const pick = <A extends object>(value: A): A => {
    const out = { ...value };
    for (const k of Object.keys(out)) if (!known.has(k) || out[k as keyof A] === undefined) delete out[k as keyof A];
    return out;
  };
  // `is` and `encode` run for every event read and every document written: one pass over the fields, with
  // the meaning of the intersection above (a required field present, possibly undefined when its codec
  // allows it; an optional one absent, undefined or valid), and no intermediate objects.
  const is = (u: unknown): u is StrictType<R, O> => {
    if (typeof u !== 'object' || u === null || Array.isArray(u)) return false;
    const record = u as Readonly<Record<string, unknown>>;
    for (const k of Object.keys(record)) if (!known.has(k)) return false;
    for (const [k, c, isRequired] of fields) {
      const v = record[k];
      if (v === undefined ? isRequired && (!Object.prototype.hasOwnProperty.call(record, k) || !c.is(v)) : !c.is(v)) return false;
    }
    return true;
  };
  const encode = (a: StrictType<R, O>): StrictOutput<R, O> => {
    const record = a as Readonly<Record<string, unknown>>;
    const out: Record<string, unknown> = {};
    for (const [k, c] of fields) {
      const v = record[k];
      if (v !== undefined) out[k] = c.encode(v);
    }
    // Exactly the declared fields, each encoded by its own codec.
    return out as StrictOutput<R, O>;
  };
  const codec = new t.Type<StrictType<R, O>, StrictOutput<R, O>, unknown>(
    name,
    is,
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
    encode,
  );
  // The fields stay readable, for documents and generators that walk a codec's structure.
  return Object.assign(codec, { required, optional });
};
