import { either as E } from 'fp-ts';
import {
  AccessDeniedError,
  START,
  streamNameFilter,
  type AllStreamResolvedEvent,
  type AllStreamSubscription,
  type EventStoreDBClient,
} from '@eventstore/db-client';
import {
  comparePositions,
  type GlobalPosition,
  type StoreError,
  type SubscribeOptions,
  type Subscription,
  type SubscriptionError,
} from '@ocop/eventstore';
import { unavailable } from './failures.js';
import { fromEsdb, isStoreEvent } from './from-record.js';
import { itemQueue, type ItemQueue } from './item-queue.js';
import type { Layout } from './layout.js';
import type { Resubscribe } from './options.js';
import { lastStorePosition } from './last-store-position.js';

/** What a subscription's loop takes in, in the order the client gave it. */
type Item =
  | { readonly kind: 'data'; readonly resolved: AllStreamResolvedEvent }
  | { readonly kind: 'confirmed' }
  /** The server's signal (EventStoreDB 23.10+): caught up once this many events of the attempt are handled. */
  | { readonly kind: 'caughtUp'; readonly after: number }
  /** For servers without that signal: the store's last event when the subscription began. */
  | { readonly kind: 'head'; readonly position: GlobalPosition | undefined }
  | { readonly kind: 'dropped'; readonly error: unknown };

export interface EsdbSubscription extends Subscription {
  /** Ends the subscription with `error` once the handler in progress, if any, returns. */
  readonly end: (error: StoreError) => void;
}

export interface SubscriptionDeps {
  readonly client: EventStoreDBClient;
  readonly layout: Layout;
  readonly resubscribe: Resubscribe;
}

const detach = (sub: AllStreamSubscription): void => {
  sub.removeAllListeners();
  // The client may still report the call's end; nobody listens any more.
  sub.on('error', () => undefined);
  void sub.unsubscribe();
};

/**
 * A catch-up subscription to `$all`, filtered on the server to the store's streams (no system stream, no
 * claim), delivering one event at a time. The caught-up signal is the server's, or, from servers that do not
 * send it, the delivery of the store's last event as of the start. When the connection drops, it
 * resubscribes after a growing pause from the last event delivered, and passes over anything at or before
 * it, so nothing is skipped or delivered twice; when resubscribing keeps failing, it ends with StoreUnavailable.
 */
export const esdbSubscription = (
  { client, layout, resubscribe }: SubscriptionDeps,
  options: SubscribeOptions & { readonly batchSize: number; readonly wanted: ReadonlySet<string> | undefined },
): EsdbSubscription => {
  let ending: { readonly error: StoreError | undefined } | undefined;
  let queue: ItemQueue<Item> | undefined;
  let wakeFromPause: (() => void) | undefined;

  const open = (from: GlobalPosition | undefined, items: ItemQueue<Item>): AllStreamSubscription => {
    const sub = client.subscribeToAll(
      { fromPosition: from ?? START, resolveLinkTos: false, filter: streamNameFilter({ regex: layout.streamRegex }) },
      { highWaterMark: options.batchSize },
    );
    let received = 0;
    sub.on('data', (resolved: AllStreamResolvedEvent) => {
      received++;
      items.put({ kind: 'data', resolved });
      if (items.size() >= options.batchSize) sub.pause();
    });
    sub.on('confirmation', () => items.put({ kind: 'confirmed' }));
    // Events before the signal may still wait in the client's buffer: they count too.
    sub.on('caughtUp', () => items.put({ kind: 'caughtUp', after: received + sub.readableLength }));
    sub.on('error', (error: unknown) => items.put({ kind: 'dropped', error }));
    sub.on('end', () => items.put({ kind: 'dropped', error: undefined }));
    return sub;
  };

  const run = async (): Promise<E.Either<SubscriptionError, void>> => {
    let position = options.from === 'start' ? undefined : options.from;
    let head: GlobalPosition | undefined | 'unknown' = 'unknown';
    let signalled = false;
    let failures = 0;
    while (!ending) {
      const items = itemQueue<Item>();
      queue = items;
      const sub = open(position, items);
      if (head === 'unknown')
        void lastStorePosition(client, layout).then((found) => {
          if (E.isRight(found)) items.put({ kind: 'head', position: found.right });
        });
      let handled = 0;
      let caughtUpAt: number | undefined;
      let dropped: unknown;
      try {
        for (let item = await items.take(); item; item = await items.take()) {
          if (sub.isPaused() && items.size() <= options.batchSize / 2) sub.resume();
          if (item.kind === 'dropped') {
            dropped = item.error ?? new Error('the server ended the subscription');
            break;
          }
          if (item.kind === 'confirmed') failures = 0;
          if (item.kind === 'caughtUp') caughtUpAt = item.after;
          if (item.kind === 'head' && head === 'unknown') head = item.position;
          if (item.kind === 'data') {
            handled++;
            const e = item.resolved.event;
            if (e && isStoreEvent(layout, e) && (!position || comparePositions(e.position, position) > 0)) {
              const decoded = fromEsdb(layout, e);
              if (E.isLeft(decoded)) return decoded;
              // Events of other types than those wanted pass by; the position moves past them all the same.
              if (!options.wanted || options.wanted.has(decoded.right.event.type))
                try {
                  await options.onEvent(decoded.right.event);
                } catch (error) {
                  return E.left({ _tag: 'HandlerFailed', event: decoded.right.event, error });
                }
              position = e.position;
            }
          }
          const reachedHead = head !== 'unknown' && (!head || (position !== undefined && comparePositions(position, head) >= 0));
          if (!signalled && !ending && (reachedHead || (caughtUpAt !== undefined && handled >= caughtUpAt))) {
            signalled = true;
            try {
              await options.onCaughtUp?.();
            } catch (error) {
              return E.left({ _tag: 'HandlerFailed', event: undefined, error });
            }
          }
          if (ending) break;
        }
      } finally {
        detach(sub);
      }
      if (ending) break;
      failures++;
      // Access denied will not pass by resubscribing; anything else (a dropped connection, a restart) may.
      if (failures > resubscribe.attempts || dropped instanceof AccessDeniedError) return E.left(unavailable(dropped));
      const pause = Math.min(resubscribe.maxDelayMs, resubscribe.delayMs * 2 ** (failures - 1));
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pause);
        wakeFromPause = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wakeFromPause = undefined;
    }
    return ending?.error ? E.left(ending.error) : E.right(undefined);
  };

  const finish = (error: StoreError | undefined): void => {
    ending ??= { error };
    queue?.interrupt();
    wakeFromPause?.();
  };
  const done = run();
  return {
    done,
    stop: async () => {
      finish(undefined);
      await done;
    },
    end: finish,
  };
};
