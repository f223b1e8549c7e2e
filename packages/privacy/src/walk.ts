import type { Json } from '@ocop/kernel';

/** A personal object as the domain's codecs write it: `{ "$personal": person, … }`. */
export type PersonalObject = { readonly $personal: string } & { readonly [key: string]: Json };

const isPersonal = (value: Json): value is PersonalObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && '$personal' in value && typeof value['$personal'] === 'string';

/**
 * Rebuilds `value` with every personal object replaced by `f` of it, at any depth; everything else is
 * copied as it is. Personal objects never nest.
 */
export const mapPersonal = (value: Json, f: (p: PersonalObject) => Json): Json => {
  if (isPersonal(value)) return f(value);
  if (Array.isArray(value)) return value.map((v: Json) => mapPersonal(v, f));
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, Json> = {};
    for (const [k, v] of Object.entries(value)) out[k] = mapPersonal(v, f);
    return out;
  }
  return value;
};

/** The persons whose data `value` holds. */
export const personsIn = (value: Json): ReadonlySet<string> => {
  const found = new Set<string>();
  mapPersonal(value, (p) => {
    found.add(p.$personal);
    return p;
  });
  return found;
};
