import * as t from 'io-ts';
import { objectShapeOf } from './codec-shape.js';

/** A JSON Schema (2020-12, as OpenAPI 3.1 uses it). */
export type Schema = { readonly [key: string]: unknown };

/** Schemas of named, reused objects, gathered while walking (OpenAPI `components.schemas`). */
export interface Components {
  readonly schemas: Record<string, Schema>;
  readonly names: Map<t.Mixed, string>;
}

export const emptyComponents = (): Components => ({ schemas: {}, names: new Map() });

/** What the name of a refinement or brand says a string is. */
const known: Readonly<Record<string, Schema>> = {
  LocalDate: { type: 'string', format: 'date' },
  Instant: { type: 'string', format: 'date-time' },
  NonEmptyString: { type: 'string', minLength: 1, pattern: '\\S' },
  Integer: { type: 'string', pattern: '^\\d{1,9}$', description: 'a whole number' },
  Boolean: { type: 'string', enum: ['true', 'false'] },
  ProvinceCode: { type: 'string', pattern: '^\\d{2}$' },
  DistrictCode: { type: 'string', pattern: '^\\d{3}$' },
  CommuneCode: { type: 'string', pattern: '^\\d{5}$' },
  '2-digit code': { type: 'string', pattern: '^\\d{2}$' },
  '3-digit code': { type: 'string', pattern: '^\\d{3}$' },
  '5-digit code': { type: 'string', pattern: '^\\d{5}$' },
  PlanId: { type: 'string', pattern: '^\\d{2}(\\.\\d{3})?(\\.\\d{5})?\\.\\d{4}$' },
  StreamName: { type: 'string', pattern: '^[A-Za-z][A-Za-z0-9]*-[A-Za-z0-9._:~-]+$', maxLength: 255 },
  'sha256 hex': { type: 'string', pattern: '^[0-9a-f]{64}$' },
  'non-empty string': { type: 'string', minLength: 1, pattern: '\\S' },
};
const idSchema: Schema = { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$' };

const field = (u: unknown, key: string): unknown =>
  typeof u === 'object' && u !== null ? Object.getOwnPropertyDescriptor(u, key)?.value : undefined;
const isCodec = (u: unknown): u is t.Mixed => u instanceof t.Type;

const objectSchema = (shape: { readonly required: t.Props; readonly optional: t.Props }, c: Components, closed: boolean): Schema => {
  const properties: Record<string, Schema> = {};
  for (const [k, v] of Object.entries(shape.required)) properties[k] = schemaOf(v, c);
  for (const [k, v] of Object.entries(shape.optional)) properties[k] = schemaOf(v, c);
  const required = Object.keys(shape.required);
  return { type: 'object', properties, ...(required.length > 0 ? { required } : {}), ...(closed ? { additionalProperties: false } : {}) };
};

/** A named object is described once, in components, and referred to. */
const named = (codec: t.Mixed, c: Components, make: () => Schema): Schema => {
  const name = c.names.get(codec);
  if (name !== undefined) return { $ref: `#/components/schemas/${name}` };
  const base = codec.name.replace(/[^A-Za-z0-9_.-]/g, '_');
  let chosen = base;
  for (let i = 2; chosen in c.schemas; i++) chosen = `${base}_${i}`;
  c.names.set(codec, chosen);
  c.schemas[chosen] = {};
  c.schemas[chosen] = make();
  return { $ref: `#/components/schemas/${chosen}` };
};

/**
 * The JSON Schema of an io-ts codec: strict objects (closed: `additionalProperties: false`), interfaces,
 * partials, intersections, unions, literals, keyofs, arrays, records, refinements and brands. Throws on a
 * codec it does not know, so that nothing is documented wrongly.
 */
export const schemaOf = (codec: t.Mixed, c: Components): Schema => {
  if (codec instanceof t.StringType) return { type: 'string' };
  if (codec instanceof t.NumberType) return { type: 'number' };
  if (codec instanceof t.BooleanType) return { type: 'boolean' };
  if (codec instanceof t.NullType) return { type: 'null' };
  if (codec instanceof t.UnknownType) return {};
  if (codec instanceof t.LiteralType) return { const: field(codec, 'value') };
  if (codec instanceof t.KeyofType) return { type: 'string', enum: Object.keys(field(codec, 'keys') ?? {}) };
  if (codec instanceof t.RefinementType) {
    const k = known[codec.name];
    if (k) return k;
    if (codec.name.endsWith('Id')) return { ...idSchema, title: codec.name };
    const base = field(codec, 'type');
    return isCodec(base) ? { ...schemaOf(base, c), title: codec.name } : {};
  }
  if (codec instanceof t.ArrayType || codec instanceof t.ReadonlyArrayType) {
    const item = field(codec, 'type');
    return { type: 'array', items: isCodec(item) ? schemaOf(item, c) : {} };
  }
  if (codec instanceof t.DictionaryType) {
    const value = field(codec, 'codomain');
    return { type: 'object', additionalProperties: isCodec(value) ? schemaOf(value, c) : {} };
  }
  if (codec instanceof t.ExactType || codec instanceof t.ReadonlyType) {
    const inner = field(codec, 'type');
    return isCodec(inner) ? schemaOf(inner, c) : {};
  }
  if (codec instanceof t.UnionType) {
    const members = field(codec, 'types');
    const list = Array.isArray(members) ? members.filter(isCodec) : [];
    if (list.every((m) => m instanceof t.LiteralType)) return { enum: list.map((m) => field(m, 'value')) };
    return { anyOf: list.map((m) => schemaOf(m, c)) };
  }
  if (codec instanceof t.InterfaceType || codec instanceof t.PartialType || codec instanceof t.IntersectionType) {
    const shape = objectShapeOf(codec);
    if (!shape) {
      // An intersection with a union (an entry and its kind): every member holds.
      const members = field(codec, 'types');
      return { allOf: (Array.isArray(members) ? members.filter(isCodec) : []).map((m) => schemaOf(m, c)) };
    }
    return codec.name.startsWith('{') ? objectSchema(shape, c, false) : named(codec, c, () => objectSchema(shape, c, false));
  }
  const k = known[codec.name];
  if (k) return k;
  // A strict object of @ocop/kernel: its fields are read from its validation.
  const shape = objectShapeOf(codec);
  if (shape) return named(codec, c, () => objectSchema(shape, c, true));
  if (codec.name.endsWith('Code')) return { type: 'string', title: codec.name, description: `a ${codec.name}` };
  throw new Error(`codec ${codec.name} cannot be described in JSON Schema`);
};
