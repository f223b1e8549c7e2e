import { either as E } from 'fp-ts';
import { BACKWARDS, END, type AllStreamResolvedEvent, type EventStoreDBClient } from '@eventstore/db-client';
import type { GlobalPosition, StoreError } from '@ocop/eventstore';
import { attempt, drain } from './calls.js';
import { unavailable } from './failures.js';
import { isStoreEvent } from './from-record.js';
import type { Layout } from './layout.js';

const searchPage = 100;

/**
 * The position of the store's last event in `$all` (`undefined`: none yet), searched backwards from the end:
 * a subscription has caught up once it delivered that event, for servers that do not say so themselves.
 */
export const lastStorePosition = async (
  client: EventStoreDBClient,
  layout: Layout,
): Promise<E.Either<StoreError, GlobalPosition | undefined>> => {
  let from: GlobalPosition | typeof END = END;
  for (;;) {
    const position: GlobalPosition | typeof END = from;
    const read = await attempt(async (): Promise<AllStreamResolvedEvent[]> =>
      drain(client.readAll({ direction: BACKWARDS, fromPosition: position, maxCount: searchPage })),
    );
    if (E.isLeft(read)) return E.left(unavailable(read.left));
    const found = read.right.find((r) => r.event && isStoreEvent(layout, r.event));
    if (found?.event) return E.right(found.event.position);
    const last: AllStreamResolvedEvent | undefined = read.right[read.right.length - 1];
    if (read.right.length < searchPage || !last?.event) return E.right(undefined);
    from = last.event.position;
  }
};
