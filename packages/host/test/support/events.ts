import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';

/**
 * Every event id of the store, in global order: compared before and after requests that must write nothing.
 * PostgreSQL's global order shows a commit once no older transaction may still commit before it, so the
 * list is read again until it holds `last`, the id of the last event written before.
 */
export const allEventIds = async (store: EventStore, last?: string): Promise<ReadonlyArray<string>> => {
  for (let attempt = 0; ; attempt++) {
    const ids: string[] = [];
    for await (const page of store.readAll({ batchSize: 1000 })) {
      if (E.isLeft(page)) throw new Error(page.left._tag);
      ids.push(...page.right.map((e) => e.eventId));
    }
    if (last === undefined || ids.includes(last) || attempt > 200) return ids;
    await new Promise((r) => setTimeout(r, 50));
  }
};

/** The revision of each stream's last event (-1: none), read from the streams themselves. */
export const streamHeads = async (store: EventStore, streams: ReadonlyArray<string>): Promise<Readonly<Record<string, string>>> => {
  const heads: Record<string, string> = {};
  for (const s of streams) {
    const read = await store.readStream(s, { direction: 'backwards', limit: 1 });
    if (E.isLeft(read)) throw new Error(read.left._tag);
    heads[s] = (read.right[0]?.revision ?? -1n).toString();
  }
  return heads;
};
