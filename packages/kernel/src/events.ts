import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { formatErrors, validationFailure, type ValidationFailure } from './validation.js';

/** A JSON value: what an event's data may hold once encoded. */
export type Json = null | boolean | number | string | ReadonlyArray<Json> | { readonly [key: string]: Json };

/** An event as it is stored: its type, the version of its schema, and its data (JSON once encoded). */
export interface EventPayload {
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
}

/**
 * Whether `value` survives JSON unchanged: null, booleans, finite numbers, strings, arrays and plain objects
 * of such values (object fields that are `undefined` are dropped by JSON and allowed here).
 */
export const isJson = (value: unknown): value is Json => {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every(isJson);
  if (typeof value === 'object') {
    const proto: unknown = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    return Object.values(value).every((v) => v === undefined || isJson(v));
  }
  return false;
};

/**
 * One event type's schema: the codec of its current version and, for each older version `v`, an upcaster
 * that turns data of version `v` into data of version `v + 1`. Old events are never rewritten; they are
 * read through the upcasters.
 */
export interface EventSchema<Type extends string, Data> {
  readonly type: Type;
  readonly version: number;
  readonly codec: t.Type<Data, unknown, unknown>;
  readonly upcasters: Readonly<Record<number, (data: unknown) => unknown>>;
}

/** A domain event: a type and its data. */
export interface DomainEvent<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

export type EventDecodeError =
  | { readonly _tag: 'UnknownEventType'; readonly type: string; readonly known: ReadonlyArray<string> }
  | { readonly _tag: 'UnknownSchemaVersion'; readonly type: string; readonly schemaVersion: number; readonly current: number }
  | (ValidationFailure & { readonly type: string; readonly schemaVersion: number });

/** Encodes and decodes a family of events (one aggregate's), upcasting old versions on the way in. */
export interface EventCodec<E extends DomainEvent> {
  readonly types: ReadonlyArray<E['type']>;
  readonly encode: (event: E) => EventPayload;
  readonly decode: (payload: EventPayload) => E.Either<EventDecodeError, E>;
  /** The current schema version of a type, for catalogues and checks. */
  readonly versionOf: (type: E['type']) => number;
}

export const eventSchema = <Type extends string, Data>(
  type: Type,
  codec: t.Type<Data, unknown, unknown>,
  options: { readonly version?: number; readonly upcasters?: Readonly<Record<number, (data: unknown) => unknown>> } = {},
): EventSchema<Type, Data> => ({ type, version: options.version ?? 1, codec, upcasters: options.upcasters ?? {} });

type EventOf<S> = S extends EventSchema<infer Type, infer Data> ? DomainEvent<Type, Data> : never;

/** The codec of the events described by `schemas`; a schema per type, each type once. */
export const eventCodec = <Schemas extends ReadonlyArray<EventSchema<string, unknown>>>(
  schemas: Schemas,
): EventCodec<EventOf<Schemas[number]>> => {
  type E = EventOf<Schemas[number]>;
  const byType = new Map<string, EventSchema<string, unknown>>();
  for (const s of schemas) {
    if (byType.has(s.type)) throw new Error(`event type ${s.type} is described twice`);
    for (let v = 1; v < s.version; v++) if (!s.upcasters[v]) throw new Error(`event type ${s.type} has no upcaster from version ${v}`);
    byType.set(s.type, s);
  }
  const schemaOf = (type: string): EventSchema<string, unknown> => {
    const s = byType.get(type);
    if (!s) throw new Error(`no schema for event type ${type}`);
    return s;
  };
  return {
    types: schemas.map((s) => s.type),
    versionOf: (type) => schemaOf(type).version,
    encode: (event) => {
      const s = schemaOf(event.type);
      return { type: event.type, schemaVersion: s.version, data: s.codec.encode(event.data) };
    },
    decode: (payload) => {
      const s = byType.get(payload.type);
      if (!s) return E.left({ _tag: 'UnknownEventType', type: payload.type, known: [...byType.keys()] });
      if (!Number.isInteger(payload.schemaVersion) || payload.schemaVersion < 1 || payload.schemaVersion > s.version)
        return E.left({ _tag: 'UnknownSchemaVersion', type: payload.type, schemaVersion: payload.schemaVersion, current: s.version });
      let data: unknown = payload.data;
      for (let v = payload.schemaVersion; v < s.version; v++) data = s.upcasters[v]?.(data);
      const decoded = s.codec.decode(data);
      if (E.isLeft(decoded))
        return E.left({
          ...validationFailure(`event ${payload.type} v${payload.schemaVersion}`, formatErrors(decoded.left)),
          type: payload.type,
          schemaVersion: payload.schemaVersion,
        });
      // The schema registered for this type decoded it, so it is this type's event.
      return E.right({ type: payload.type, data: decoded.right } as E);
    },
  };
};
