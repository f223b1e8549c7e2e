import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';

/** Every event id of the store, in global order: compared before and after requests that must write nothing. */
export const allEventIds = async (store: EventStore): Promise<ReadonlyArray<string>> => {
  const ids: string[] = [];
  for await (const page of store.readAll({ batchSize: 1000 })) {
    if (E.isLeft(page)) throw new Error(page.left._tag);
    ids.push(...page.right.map((e) => e.eventId));
  }
  return ids;
};
