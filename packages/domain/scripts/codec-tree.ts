// Reads the shape of an io-ts codec: objects and their fields, arrays, records, unions, literals, refinements,
// and the personal() and sensitive() wrappers of @ocop/domain. The event catalogue (docs/domain.md) is rendered
// from it, and the property tests build their arbitraries from it, so that both follow the codecs.
//
// io-ts codecs carry their structure (`_tag`, `props`, `types`, …); the `strict` codecs of @ocop/kernel expose
// their `required` and `optional` fields and `commandCodec` its `data`. Any other plain `t.Type` is read from its
// validation: the first error of decoding `null` carries, in its context, the structure it validates with.
import * as t from 'io-ts';
import { either as E } from 'fp-ts';

export interface Field {
  readonly name: string;
  readonly node: CodecNode;
}

export type CodecNode =
  | { readonly kind: 'object'; readonly name: string; readonly required: ReadonlyArray<Field>; readonly optional: ReadonlyArray<Field> }
  | { readonly kind: 'array'; readonly of: CodecNode }
  | { readonly kind: 'record'; readonly name: string; readonly key: CodecNode; readonly value: CodecNode }
  | { readonly kind: 'union'; readonly name: string; readonly members: ReadonlyArray<CodecNode> }
  /**
   * A personal value (`personal(codec)`), or a special-category one (`sensitive(codec)`): `of` is the value's
   * shape, `forms` every form it may be stored in (the value, and the forms the privacy layer makes of it).
   */
  | { readonly kind: 'personal'; readonly sensitive: boolean; readonly of: CodecNode; readonly forms: ReadonlyArray<CodecNode> }
  | { readonly kind: 'literal'; readonly value: string | number | boolean }
  | { readonly kind: 'keyof'; readonly keys: ReadonlyArray<string> }
  | { readonly kind: 'primitive'; readonly name: 'string' | 'number' | 'boolean' | 'unknown' }
  /** A brand or refinement: a base type with a named predicate (LocalDate, PersonId, SheetNumber, …). */
  | { readonly kind: 'refinement'; readonly name: string; readonly of: CodecNode }
  /** A codec with its own validation and no structure to read (ProductCode). */
  | { readonly kind: 'opaque'; readonly name: string };

const field = (u: unknown, key: string): unknown =>
  typeof u === 'object' && u !== null && key in u ? u[key as keyof typeof u] : undefined;
const tagOf = (u: unknown): string | undefined => {
  const tag = field(u, '_tag');
  return typeof tag === 'string' ? tag : undefined;
};
const nameOf = (u: unknown): string => {
  const name = field(u, 'name');
  return typeof name === 'string' ? name : '?';
};
const listOf = (u: unknown): ReadonlyArray<unknown> => (Array.isArray(u) ? u.map((x: unknown) => x) : []);
const keysOf = (u: unknown): ReadonlyArray<string> => (typeof u === 'object' && u !== null ? Object.keys(u) : []);

/** The errors of decoding `input` with `codec` (none when it decodes). */
const errorsOf = (codec: unknown, input: unknown): t.Errors => {
  if (!(codec instanceof t.Type)) return [];
  const result: E.Either<t.Errors, unknown> = codec.decode(input);
  return E.isLeft(result) ? result.left : [];
};

/** The structure a plain `t.Type` validates with: for `strict`, the intersection of its required and optional fields. */
const structureOf = (codec: unknown): unknown => {
  for (const error of errorsOf(codec, null)) {
    const entry = error.context[1];
    if (entry && tagOf(entry.type) === 'IntersectionType') return entry.type;
  }
  return undefined;
};

const fieldsOf = (props: unknown): ReadonlyArray<Field> => keysOf(props).map((name) => ({ name, node: describeCodec(field(props, name)) }));

const merge = (name: string, members: ReadonlyArray<CodecNode>): CodecNode => {
  const objects = members.flatMap((m) => (m.kind === 'object' ? [m] : []));
  if (objects.length !== members.length) throw new Error(`intersection ${name} is not of objects`);
  return { kind: 'object', name, required: objects.flatMap((o) => o.required), optional: objects.flatMap((o) => o.optional) };
};

const hasField = (node: CodecNode, name: string): boolean => node.kind === 'object' && node.required.some((f) => f.name === name);

/**
 * `personal(codec)` and `sensitive(codec)` are unions of objects that all name their person in `$personal`:
 * one holds the `value`, the others what the privacy layer keeps of it. `sensitive` ones are all so marked.
 */
const personalOf = (members: ReadonlyArray<CodecNode>): CodecNode | undefined => {
  if (members.length === 0 || !members.every((m) => hasField(m, '$personal'))) return undefined;
  const value = members.flatMap((m) => (m.kind === 'object' ? m.required.filter((f) => f.name === 'value') : []))[0];
  if (!value) throw new Error('a personal value without a value form');
  return { kind: 'personal', sensitive: members.every((m) => hasField(m, 'sensitive')), of: value.node, forms: members };
};

/** The shape of a codec, as far down as it goes. Throws on a kind of codec it does not know, so nothing is skipped. */
export const describeCodec = (codec: unknown): CodecNode => {
  const tag = tagOf(codec);
  switch (tag) {
    case 'StringType':
      return { kind: 'primitive', name: 'string' };
    case 'NumberType':
      return { kind: 'primitive', name: 'number' };
    case 'BooleanType':
      return { kind: 'primitive', name: 'boolean' };
    case 'UnknownType':
      return { kind: 'primitive', name: 'unknown' };
    case 'LiteralType': {
      const value = field(codec, 'value');
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return { kind: 'literal', value };
      throw new Error(`literal ${nameOf(codec)} is not a string, number or boolean`);
    }
    case 'KeyofType':
      return { kind: 'keyof', keys: keysOf(field(codec, 'keys')) };
    case 'RefinementType':
      return { kind: 'refinement', name: nameOf(codec), of: describeCodec(field(codec, 'type')) };
    case 'ReadonlyType':
    case 'ExactType': {
      const inner = describeCodec(field(codec, 'type'));
      return inner.kind === 'record' ? { ...inner, name: nameOf(codec) } : inner;
    }
    case 'ArrayType':
    case 'ReadonlyArrayType':
      return { kind: 'array', of: describeCodec(field(codec, 'type')) };
    case 'DictionaryType':
      return {
        kind: 'record',
        name: nameOf(codec),
        key: describeCodec(field(codec, 'domain')),
        value: describeCodec(field(codec, 'codomain')),
      };
    case 'UnionType': {
      const members = listOf(field(codec, 'types')).map(describeCodec);
      return personalOf(members) ?? { kind: 'union', name: nameOf(codec), members };
    }
    case 'InterfaceType':
      return { kind: 'object', name: nameOf(codec), required: fieldsOf(field(codec, 'props')), optional: [] };
    case 'PartialType':
      return { kind: 'object', name: nameOf(codec), required: [], optional: fieldsOf(field(codec, 'props')) };
    case 'IntersectionType':
      return merge(nameOf(codec), listOf(field(codec, 'types')).map(describeCodec));
    case undefined: {
      if (!(codec instanceof t.Type)) throw new Error('not a codec');
      const required = field(codec, 'required');
      const optional = field(codec, 'optional');
      if (required !== undefined && optional !== undefined)
        return { kind: 'object', name: nameOf(codec), required: fieldsOf(required), optional: fieldsOf(optional) };
      const structure = structureOf(codec);
      if (structure === undefined) return { kind: 'opaque', name: nameOf(codec) };
      const described = describeCodec(structure);
      return described.kind === 'object' ? { ...described, name: nameOf(codec) } : described;
    }
    default:
      throw new Error(`codec ${nameOf(codec)} (${tag}) is not described`);
  }
};

/** The codec of a command's `data`, read from the validation of a `commandCodec`. */
export const commandDataCodec = (command: t.Mixed): unknown => {
  const data = field(command, 'data');
  if (data instanceof t.Type) return data;
  for (const error of errorsOf(command, { type: command.name, data: null })) {
    const entry = error.context[1];
    if (entry?.key === 'data') return entry.type;
  }
  throw new Error(`command ${command.name} does not read its data`);
};

/** The fields of a command's data. */
export const describeCommand = (command: t.Mixed): CodecNode => describeCodec(commandDataCodec(command));
