// What to look for after an erasure: every personal value the example writes for the person, derived from
// the example itself rather than typed again here.
import { memoryStore } from '@ocop/eventstore';
import type { Json } from '@ocop/kernel';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { mapPersonal } from '@ocop/privacy';
import { allEvents } from './support.js';

/** Every personal value of `person` in the Tánh Linh history, found by writing that history unsealed. */
export const valuesWrittenFor = async (person: string): Promise<ReadonlyArray<Json>> => {
  const plain = memoryStore();
  await loadTanhLinh(plain);
  const values: Json[] = [];
  for (const e of await allEvents(plain))
    mapPersonal(e.data, (p) => {
      const value = p['value'];
      if (p.$personal === person && value !== undefined) values.push(value);
      return p;
    });
  return values;
};

/**
 * What a reader of raw bytes would recognise of a value: each text as written; a yes/no or a number cannot
 * be told apart from any other in bytes, so its field stands for it, as a clear JSON object writes it
 * (`"woman":`). Those fields exist nowhere but inside sealed values.
 */
export const clearTraces = (value: Json, field?: string): ReadonlyArray<string> => {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((v: Json) => clearTraces(v, field));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([k, v]) => clearTraces(v, k));
  return field === undefined ? [] : [`"${field}":`];
};

/** The traces of every value the example writes for `person`, each once. */
export const tracesOf = async (person: string): Promise<ReadonlyArray<string>> => [
  ...new Set((await valuesWrittenFor(person)).flatMap((v) => clearTraces(v))),
];

/** The traces found in `bytes`. */
export const tracesIn = (bytes: Buffer, traces: ReadonlyArray<string>): ReadonlyArray<string> =>
  traces.filter((trace) => bytes.includes(Buffer.from(trace, 'utf8')));
