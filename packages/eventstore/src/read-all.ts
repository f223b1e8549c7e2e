import { either as E } from 'fp-ts';
import type { RecordedEvent } from './envelope.js';
import type { StoreError } from './errors.js';
import type { GlobalPosition } from './position.js';
import type { ReadPage } from './read-page.js';

/** Pages through the global order from `from` until a page comes back short; a `Left` is the last item. */
export async function* readAllPages(
  read: ReadPage,
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
    const last = page.right[page.right.length - 1];
    if (!last) return;
    yield page;
    if (page.right.length < batchSize) return;
    position = last.position;
  }
}
