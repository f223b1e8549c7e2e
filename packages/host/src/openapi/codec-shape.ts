// The structure of codecs: io-ts's own carry theirs (`props`, `types`, …); the `strict` objects of
// @ocop/kernel expose their `required` and `optional` fields, and its `commandCodec`s their `data`.
import * as t from 'io-ts';

const propsOf = (props: unknown): t.Props | undefined => {
  if (typeof props !== 'object' || props === null) return undefined;
  const out: Record<string, t.Mixed> = {};
  for (const [k, v] of Object.entries(props)) {
    if (!(v instanceof t.Type)) return undefined;
    out[k] = v;
  }
  return out;
};

const read = (codec: t.Mixed, key: string): unknown => (key in codec ? Object.getOwnPropertyDescriptor(codec, key)?.value : undefined);

/** The required and optional fields of a `strict` codec, or of an interface, partial or intersection of them. */
export const objectShapeOf = (codec: t.Mixed): { readonly required: t.Props; readonly optional: t.Props } | undefined => {
  if (codec instanceof t.InterfaceType) return { required: propsOf(read(codec, 'props')) ?? {}, optional: {} };
  if (codec instanceof t.PartialType) return { required: {}, optional: propsOf(read(codec, 'props')) ?? {} };
  if (codec instanceof t.IntersectionType) {
    const members: unknown = read(codec, 'types');
    if (!Array.isArray(members)) return undefined;
    const required: Record<string, t.Mixed> = {};
    const optional: Record<string, t.Mixed> = {};
    for (const m of members) {
      const shape = m instanceof t.Type ? objectShapeOf(m) : undefined;
      if (!shape) return undefined;
      Object.assign(required, shape.required);
      Object.assign(optional, shape.optional);
    }
    return { required, optional };
  }
  const required = propsOf(read(codec, 'required'));
  const optional = propsOf(read(codec, 'optional'));
  return required && optional ? { required, optional } : undefined;
};

/** The codec of a command's `data`. */
export const commandDataOf = (command: t.Mixed): t.Mixed | undefined => {
  const data = read(command, 'data');
  return data instanceof t.Type ? data : undefined;
};
