import type { chainEvents, StreamHead, StreamName } from '@ocop/eventstore';
import type { Instant } from '@ocop/kernel';

/** The call of the schema's append function (see schema.ts): one statement, one round trip. */
export const appendCall = (s: string): string => `SELECT * FROM ${s}.append_events($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`;

/** Its arguments: the head the chain was computed from, then the chained events column by column. */
export const appendArguments = (
  stream: StreamName,
  head: Pick<StreamHead, 'revision' | 'hash'> | undefined,
  chained: ReturnType<typeof chainEvents>,
  recordedTime: Instant,
): ReadonlyArray<unknown> => [
  stream,
  head?.revision.toString() ?? null,
  head?.hash ?? null,
  chained.map((e) => e.eventId),
  chained.map((e) => e.type),
  chained.map((e) => e.schemaVersion),
  chained.map((e) => JSON.stringify(e.data)),
  chained.map((e) => JSON.stringify(e.metadata)),
  recordedTime,
  chained.map((e) => e.hash),
  chained.map((e) => e.previousHash),
];
