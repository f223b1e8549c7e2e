import { either as E } from 'fp-ts';
import type { ChangeSignal } from './change-signal.js';
import { start, type GlobalPosition } from './position.js';
import type { StoreError } from './errors.js';
import type { ReadFiltered } from './read-page.js';
import type { SubscribeOptions, Subscription, SubscriptionError } from './store.js';

// While a transaction holds back events after the last one read, a short pause: it is about to commit.
const pendingRetryMs = 20;

/**
 * A catch-up subscription over any store: read a page after the last delivered position, deliver it, and
 * when a page comes back short (everything readable is delivered) and nothing is pending after it (see
 * `StoreBackend.pendingAfter`), say so once, then sleep until the store signals an append or `pollIntervalMs`
 * passes. Catching up and going live are the same loop, always
 * reading after the last delivered event, so nothing is skipped or delivered twice across the switch.
 */
export const runSubscription = (
  read: ReadFiltered,
  pendingAfter: (after: GlobalPosition) => Promise<E.Either<StoreError, boolean>>,
  changes: ChangeSignal,
  pollIntervalMs: number | undefined,
  options: SubscribeOptions & { readonly batchSize: number },
): Subscription => {
  let stopped = false;
  let wake: (() => void) | undefined;

  const sleep = (seen: number, ms: number | undefined): Promise<void> =>
    new Promise((resolve) => {
      if (stopped || changes.version() !== seen) return resolve();
      const done = (): void => {
        clearTimeout(timer);
        unlisten();
        wake = undefined;
        resolve();
      };
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      const unlisten = changes.listen(done);
      wake = done;
    });

  const loop = async (): Promise<E.Either<SubscriptionError, void>> => {
    let position = options.from === 'start' ? start : options.from;
    let caughtUp = false;
    while (!stopped) {
      const seen = changes.version();
      const page = await read(position, options.batchSize);
      if (stopped) break;
      if (E.isLeft(page)) return page;
      for (const event of page.right.events) {
        try {
          await options.onEvent(event);
        } catch (error) {
          return E.left({ _tag: 'HandlerFailed', event, error });
        }
        position = event.position;
        if (stopped) return E.right(undefined);
      }
      // Past the events of other types too: they are never read again.
      position = page.right.through ?? position;
      if (!page.right.full) {
        const pending = await pendingAfter(position);
        if (stopped) break;
        if (E.isLeft(pending)) return pending;
        if (!pending.right && !caughtUp) {
          caughtUp = true;
          try {
            await options.onCaughtUp?.();
          } catch (error) {
            return E.left({ _tag: 'HandlerFailed', event: undefined, error });
          }
        }
        // Events held back are released when a transaction of someone else's ends, which nobody signals.
        await sleep(seen, pending.right ? pendingRetryMs : pollIntervalMs);
      }
    }
    return E.right(undefined);
  };

  const done = loop();
  return {
    done,
    stop: async () => {
      stopped = true;
      wake?.();
      await done;
    },
  };
};
