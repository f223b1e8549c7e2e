// Test support: reading a whole store, a database file as it is on disk, and unwrapping results that must be Right.
import { existsSync, readFileSync } from 'node:fs';
import { either as E } from 'fp-ts';
import type { EventStore, RecordedEvent } from '@ocop/eventstore';

export const right = <A>(e: E.Either<unknown, A>, what: string): A => {
  if (E.isLeft(e)) throw new Error(`${what}: ${JSON.stringify(e.left, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))}`);
  return e.right;
};

export const allEvents = async (store: EventStore): Promise<RecordedEvent[]> => {
  const events: RecordedEvent[] = [];
  for await (const batch of store.readAll()) events.push(...right(batch, 'the store cannot be read'));
  return events;
};

/** An SQLite file with its write-ahead log and rollback journal, as they are on disk. */
export const fileBytes = (file: string): Buffer =>
  Buffer.concat([file, `${file}-wal`, `${file}-journal`].filter((p) => existsSync(p)).map((p) => readFileSync(p)));
