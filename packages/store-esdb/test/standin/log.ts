// The stand-in's storage: one transaction log (`$all`) and its streams, with EventStoreDB's documented
// semantics for what the client can observe: revisions from 0, commit/prepare positions that grow (every
// event of one append shares the commit position of the first, each has its own prepare position),
// optimistic concurrency on the expected revision, and event-id deduplication after it.
import { randomUUID } from 'node:crypto';

export type Expected = 'any' | 'no_stream' | 'stream_exists' | bigint;

export interface Proposed {
  readonly id: string;
  readonly type: string;
  readonly contentType: string;
  readonly data: Uint8Array;
  readonly metadata: Uint8Array;
}

export interface LogRecord extends Proposed {
  readonly stream: string;
  readonly revision: bigint;
  readonly commit: bigint;
  readonly prepare: bigint;
  /** .NET ticks (100 ns) since the Unix epoch, as the server sends `created`. */
  readonly created: bigint;
}

export type AppendOutcome =
  | { readonly kind: 'written'; readonly current: bigint; readonly commit: bigint; readonly prepare: bigint }
  /** Every event was already there, right after the expected revision: nothing is written. */
  | { readonly kind: 'idempotent'; readonly current: bigint }
  | { readonly kind: 'wrongExpectedVersion'; readonly current: bigint | undefined }
  | { readonly kind: 'tooLarge'; readonly maxAppendSize: number };

export type Position = { readonly commit: bigint; readonly prepare: bigint };

export const comparePosition = (a: Position, b: Position): number =>
  a.commit < b.commit ? -1 : a.commit > b.commit ? 1 : a.prepare < b.prepare ? -1 : a.prepare > b.prepare ? 1 : 0;

export interface LogOptions {
  /** EventStoreDB's MaxAppendSize: the data and metadata of one append, in bytes. 1 MiB by default, as the server's. */
  readonly maxAppendSize: number;
  /** Write what a server with its system projections writes: `$>` links in `$ce-<category>` and `$streams`. */
  readonly systemEvents: boolean;
}

const utf8 = (s: string): Uint8Array => Buffer.from(s, 'utf8');

export const createLog = ({ maxAppendSize, systemEvents }: LogOptions) => {
  const all: LogRecord[] = [];
  const streams = new Map<string, LogRecord[]>();
  const listeners = new Set<(record: LogRecord) => void>();
  // A log position, in bytes as a server counts them; it starts past the records a fresh database holds.
  let cursor = 1_024n;

  /** The index of the first record at or after `position` (records are in position order). */
  const firstAtOrAfter = (position: Position): number => {
    let low = 0;
    let high = all.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const record = all[middle];
      if (record && comparePosition(record, position) < 0) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const transaction = (stream: string, proposed: ReadonlyArray<Proposed>): ReadonlyArray<LogRecord> => {
    const events = streams.get(stream) ?? [];
    streams.set(stream, events);
    const commit = cursor;
    const created = BigInt(Date.now()) * 10_000n;
    const written = proposed.map((p, i): LogRecord => {
      const prepare = cursor;
      cursor += BigInt(80 + stream.length + p.type.length + p.data.length + p.metadata.length);
      return { ...p, stream, revision: BigInt(events.length + i), commit, prepare, created };
    });
    events.push(...written);
    all.push(...written);
    for (const record of written) for (const listener of [...listeners]) listener(record);
    return written;
  };

  const link = (linkStream: string, target: LogRecord): Proposed => ({
    id: randomUUID(),
    type: '$>',
    contentType: 'application/octet-stream',
    data: utf8(`${target.revision}@${target.stream}`),
    metadata: utf8(
      JSON.stringify({ $v: '1:-1:1:4', $c: target.commit.toString(), $p: target.prepare.toString(), $o: linkStream, $causedBy: target.id }),
    ),
  });

  /** What the system projections add after an append: `$streams` on a new stream, `$ce-<category>` per event. */
  const project = (written: ReadonlyArray<LogRecord>): void => {
    for (const record of written) {
      if (record.stream.startsWith('$')) continue;
      if (record.revision === 0n) transaction('$streams', [link('$streams', record)]);
      const dash = record.stream.indexOf('-');
      if (dash > 0) transaction(`$ce-${record.stream.slice(0, dash)}`, [link(`$ce-${record.stream.slice(0, dash)}`, record)]);
    }
  };

  const decide = (
    events: ReadonlyArray<LogRecord> | undefined,
    expected: Expected,
    proposed: ReadonlyArray<Proposed>,
  ): 'write' | 'idempotent' | 'conflict' => {
    const current = events && events.length > 0 ? BigInt(events.length - 1) : -1n;
    const at = (revision: bigint): LogRecord | undefined => events?.[Number(revision)];
    if (expected === 'any' || expected === 'stream_exists') {
      if (expected === 'stream_exists' && current < 0n) return 'conflict';
      // Only the stream's own events count, and they must follow each other from the first id found.
      const first = proposed[0] && events?.find((e) => e.id === proposed[0]?.id);
      if (!first) return 'write';
      return proposed.every((p, i) => at(first.revision + BigInt(i))?.id === p.id) ? 'idempotent' : 'conflict';
    }
    const revision = expected === 'no_stream' ? -1n : expected;
    if (revision === current) return 'write';
    if (revision > current || proposed.length === 0) return 'conflict';
    return proposed.every((p, i) => at(revision + 1n + BigInt(i))?.id === p.id) ? 'idempotent' : 'conflict';
  };

  const append = (stream: string, expected: Expected, proposed: ReadonlyArray<Proposed>): AppendOutcome => {
    const size = proposed.reduce((n, p) => n + p.data.length + p.metadata.length, 0);
    if (size > maxAppendSize) return { kind: 'tooLarge', maxAppendSize };
    const events = streams.get(stream);
    const current = events && events.length > 0 ? BigInt(events.length - 1) : undefined;
    switch (decide(events, expected, proposed)) {
      case 'conflict':
        return { kind: 'wrongExpectedVersion', current };
      case 'idempotent': {
        const first = proposed[0] && events?.find((e) => e.id === proposed[0]?.id);
        return { kind: 'idempotent', current: (first?.revision ?? 0n) + BigInt(proposed.length - 1) };
      }
      case 'write': {
        if (proposed.length === 0) return { kind: 'written', current: current ?? -1n, commit: cursor, prepare: cursor };
        const written = transaction(stream, proposed);
        if (systemEvents) project(written);
        const last = written[written.length - 1];
        if (!last) throw new Error('a write of events wrote none');
        return { kind: 'written', current: last.revision, commit: last.commit, prepare: last.prepare };
      }
    }
  };

  if (systemEvents) {
    // What a fresh database holds before anyone writes: an epoch, and $scavenges' retention set by the server.
    transaction('$epoch-information', [
      {
        id: randomUUID(),
        type: '$epoch-information',
        contentType: 'application/json',
        data: utf8('{"epochNumber":0}'),
        metadata: new Uint8Array(),
      },
    ]);
    transaction('$$$scavenges', [
      {
        id: randomUUID(),
        type: '$metadata',
        contentType: 'application/json',
        data: utf8('{"$maxAge":2592000}'),
        metadata: new Uint8Array(),
      },
    ]);
  }

  return {
    append,
    /** Writes a record as the server itself would (a test puts system events where it wants them). */
    writeSystem: (stream: string, type: string, data: string): LogRecord | undefined =>
      transaction(stream, [
        { id: randomUUID(), type, contentType: 'application/octet-stream', data: utf8(data), metadata: new Uint8Array() },
      ])[0],
    /** A stream read; `undefined` for a stream that does not exist. Backwards, `count` events end at `from`. */
    readStream: (
      stream: string,
      from: 'start' | 'end' | bigint,
      backwards: boolean,
      count: number,
    ): ReadonlyArray<LogRecord> | undefined => {
      const events = streams.get(stream);
      if (!events) return undefined;
      if (!backwards) {
        const first = from === 'start' ? 0 : from === 'end' ? events.length : Number(from);
        return events.slice(first, first + count);
      }
      const last = from === 'end' ? events.length - 1 : from === 'start' ? 0 : Number(from);
      const lowest = Math.max(0, last - count + 1);
      return events.slice(lowest, last + 1).reverse();
    },
    /** `$all` forwards from `from` (inclusive), or backwards from before it. */
    readAll: (from: 'start' | 'end' | Position, backwards: boolean, count: number): ReadonlyArray<LogRecord> => {
      const at = from === 'start' ? 0 : from === 'end' ? all.length : firstAtOrAfter(from);
      return backwards ? all.slice(Math.max(0, at - count), at).reverse() : all.slice(at, at + count);
    },
    /** Every record after `from` (exclusive), as a subscription catches up. */
    after: (from: 'start' | Position): ReadonlyArray<LogRecord> => {
      if (from === 'start') return [...all];
      const at = firstAtOrAfter(from);
      return all.slice(all[at] && comparePosition(all[at], from) === 0 ? at + 1 : at);
    },
    onRecord: (listener: (record: LogRecord) => void): (() => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    records: (): ReadonlyArray<LogRecord> => all,
  };
};
export type Log = ReturnType<typeof createLog>;
