import { either as E } from 'fp-ts';
import {
  parsePosition,
  start,
  type CorruptEvent,
  type EventStore,
  type GlobalPosition,
  type RecordedEvent,
  type StoreError,
} from '@ocop/eventstore';

export type ReadItem =
  { readonly _tag: 'Events'; readonly events: ReadonlyArray<RecordedEvent> } | { readonly _tag: 'Corrupt'; readonly error: CorruptEvent };

const firstPage = async (store: EventStore, from: GlobalPosition, batchSize: number) => {
  for await (const page of store.readAll({ from, batchSize })) return page;
  return E.right<StoreError, ReadonlyArray<RecordedEvent>>([]);
};

/**
 * Every event in global order, in batches. A row that no longer reads as an event ends a store's `readAll`;
 * here it is reported and skipped: the page it spoiled is read again one event at a time up to it, and
 * reading goes on after it. Any other store error ends the reading.
 */
export async function* readEverything(store: EventStore, batchSize: number): AsyncGenerator<E.Either<StoreError, ReadItem>> {
  let from = start;
  for (;;) {
    let spoiled: CorruptEvent | undefined;
    for await (const page of store.readAll({ from, batchSize })) {
      if (E.isLeft(page)) {
        if (page.left._tag !== 'CorruptEvent') {
          yield page;
          return;
        }
        spoiled = page.left;
        break;
      }
      const last = page.right[page.right.length - 1];
      if (last) from = last.position;
      yield E.right({ _tag: 'Events', events: page.right });
    }
    if (!spoiled) return;
    // One event at a time up to the row that spoiled the page.
    for (;;) {
      const one = await firstPage(store, from, 1);
      if (E.isRight(one)) {
        const event = one.right[0];
        if (!event) return;
        from = event.position;
        yield E.right({ _tag: 'Events', events: one.right });
        continue;
      }
      if (one.left._tag !== 'CorruptEvent') {
        yield one;
        return;
      }
      yield E.right({ _tag: 'Corrupt', error: one.left });
      const position = parsePosition(one.left.position);
      // A position that does not parse cannot be stepped over: the rest cannot be read.
      if (E.isLeft(position)) {
        yield E.left(one.left);
        return;
      }
      from = position.right;
      break;
    }
  }
}
