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

/** What `eventCodec` needs of a schema (codecs are invariant, so the list is typed by shape). */
interface AnyEventSchema {
  readonly type: string;
  readonly version: number;
  readonly codec: t.Mixed;
  readonly upcasters: Readonly<Record<number, (data: unknown) => unknown>>;
}

type EventOf<S> = S extends { readonly type: infer Type extends string; readonly codec: infer C extends t.Mixed }
  ? DomainEvent<Type, t.TypeOf<C>>
  : never;

/** The codec of the events described by `schemas`; a schema per type, each type once. */
export const eventCodec = <Schemas extends ReadonlyArray<AnyEventSchema>>(schemas: Schemas): EventCodec<EventOf<Schemas[number]>> => {
  type E = EventOf<Schemas[number]>;
  const byType = new Map<string, AnyEventSchema>();
  for (const s of schemas) {
    if (byType.has(s.type)) throw new Error(`event type ${s.type} is described twice`);
    for (let v = 1; v < s.version; v++) if (!s.upcasters[v]) throw new Error(`event type ${s.type} has no upcaster from version ${v}`);
    byType.set(s.type, s);
  }
  const schemaOf = (type: string): AnyEventSchema => {
    const s = byType.get(type);
    if (!s) throw new Error(`no schema for event type ${type}`);
    return s;
  };
  return {
    types: schemas.map((s) => s.type),
    versionOf: (type) => schemaOf(type).version,
    encode: (event) => {
      const s = schemaOf(event.type);
      const data: unknown = s.codec.encode(event.data);
      return { type: event.type, schemaVersion: s.version, data };
    },
    decode: (payload) => {
      const s = byType.get(payload.type);
      if (!s) return E.left({ _tag: 'UnknownEventType', type: payload.type, known: [...byType.keys()] });
      if (!Number.isInteger(payload.schemaVersion) || payload.schemaVersion < 1 || payload.schemaVersion > s.version)
        return E.left({ _tag: 'UnknownSchemaVersion', type: payload.type, schemaVersion: payload.schemaVersion, current: s.version });
      let data: unknown = payload.data;
      for (let v = payload.schemaVersion; v < s.version; v++) data = s.upcasters[v]?.(data);
      const decoded: t.Validation<unknown> = s.codec.decode(data);
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

/** The events a codec reads and writes. */
export type EventsOf<C> = C extends EventCodec<infer E> ? E : never;

/** A command: its type and its data, decoded by one codec per type. */
export interface Command<Type extends string = string, Data = unknown> {
  readonly type: Type;
  readonly data: Data;
}

/** The codec of one command type: `{ "type": "...", "data": {...} }`, strict about both. */
export const commandCodec = <Type extends string, A, O>(type: Type, data: t.Type<A, O, unknown>) =>
  Object.assign(
    new t.Type<Command<Type, A>, { type: Type; data: O }, unknown>(
      type,
      (u): u is Command<Type, A> => typeof u === 'object' && u !== null && 'type' in u && u.type === type && 'data' in u && data.is(u.data),
      (u, c) => {
        if (typeof u !== 'object' || u === null || Array.isArray(u)) return t.failure(u, c, 'a command is an object {"type", "data"}');
        const record = u as Readonly<Record<string, unknown>>;
        const extra = Object.keys(record).filter((k) => k !== 'type' && k !== 'data');
        if (extra.length > 0)
          return t.failure(u, [...c, { key: extra[0] ?? '', type: t.never, actual: u }], `unknown field "${extra[0] ?? ''}"`);
        if (record['type'] !== type)
          return t.failure(record['type'], [...c, { key: 'type', type: t.literal(type), actual: record['type'] }]);
        return E.map((d: A) => ({ type, data: d }))(
          data.validate(record['data'], [...c, { key: 'data', type: data, actual: record['data'] }]),
        );
      },
      (cmd) => ({ type, data: data.encode(cmd.data) }),
    ),
    { data },
  );
