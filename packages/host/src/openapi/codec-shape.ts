// The structure of codecs that do not expose it. io-ts codecs carry theirs (`props`, `types`, …), but the
// `strict` objects of @ocop/kernel and its `commandCodec` are plain `t.Type`s: their structure is read from
// their own validation, whose error contexts name the codecs they validate with — for `strict`, the
// intersection of its required and optional fields; for a command, the codec of its `data`.
import * as t from 'io-ts';
import { either as E } from 'fp-ts';

const errorsOf = (codec: t.Mixed, input: unknown): t.Errors => {
  const result = codec.decode(input);
  return E.isLeft(result) ? result.left : [];
};

const propsOf = (codec: unknown): t.Props | undefined => {
  if (!(codec instanceof t.InterfaceType || codec instanceof t.PartialType)) return undefined;
  const props: unknown = codec.props;
  if (typeof props !== 'object' || props === null) return undefined;
  const out: Record<string, t.Mixed> = {};
  for (const [k, v] of Object.entries(props)) if (v instanceof t.Type) out[k] = v;
  return out;
};

/** The required and optional fields a `strict` codec (or a plain interface/partial/intersection) validates. */
export const objectShapeOf = (codec: t.Mixed): { readonly required: t.Props; readonly optional: t.Props } | undefined => {
  const base: unknown =
    codec instanceof t.IntersectionType || codec instanceof t.InterfaceType || codec instanceof t.PartialType
      ? codec
      : errorsOf(codec, null).find((e) => e.context[1]?.type instanceof t.IntersectionType)?.context[1]?.type;
  if (base instanceof t.InterfaceType) return { required: propsOf(base) ?? {}, optional: {} };
  if (base instanceof t.PartialType) return { required: {}, optional: propsOf(base) ?? {} };
  if (!(base instanceof t.IntersectionType)) return undefined;
  const members: unknown = base.types;
  if (!Array.isArray(members)) return undefined;
  const required: Record<string, t.Mixed> = {};
  const optional: Record<string, t.Mixed> = {};
  for (const m of members) {
    if (m instanceof t.InterfaceType) Object.assign(required, propsOf(m));
    else if (m instanceof t.PartialType) Object.assign(optional, propsOf(m));
    else return undefined;
  }
  return { required, optional };
};

/** The codec of a command's `data`, read from the validation of a `commandCodec`. */
export const commandDataOf = (command: t.Mixed): t.Mixed | undefined => {
  const entry = errorsOf(command, { type: command.name, data: null })
    .map((e) => e.context.find((c) => c.key === 'data'))
    .find((c) => c !== undefined);
  const codec: unknown = entry?.type;
  return codec instanceof t.Type ? codec : undefined;
};
