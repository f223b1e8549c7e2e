import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { GlobalPosition } from './position.js';
import type { ReadFiltered } from './read-page.js';

/** Pages through the global order from `from` until a page comes back short; a `Left` is the last item. */
export async function* readAllPages(
  read: ReadFiltered,
  from: GlobalPosition,
  batchSize: number,
): AsyncGenerator<E.Either<StoreError, ReadonlyArray<RecordedEvent>>> {
  let position = from;
  for (;;) {
    const page = await read(position, batchSize);
    if (E.isLeft(page)) {
      yield page;
      return;
    }
    // A page of a filtered read may hold none of the events wanted, and more may follow it.
    if (page.right.events.length > 0) yield E.right(page.right.events);
    if (!page.right.full || page.right.through === undefined) return;
    position = page.right.through;
  }
}
