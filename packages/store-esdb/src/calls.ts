import { setTimeout as sleep } from 'node:timers/promises';
import { either as E } from 'fp-ts';
import { isTransient } from './failures.js';

const pauses = [50, 250];

/**
 * Runs a client call, and again after a short pause while it fails transiently (three tries in all). Every
 * call the store makes may be repeated: reads change nothing, an append repeated after a lost reply is
 * deduplicated by the server (same event ids after the same expected revision), and a repeated claim is
 * recognised as the caller's own.
 */
export const attempt = async <A>(call: () => Promise<A>): Promise<E.Either<unknown, A>> => {
  for (let i = 0; ; i++) {
    try {
      return E.right(await call());
    } catch (error) {
      const pause = pauses[i];
      if (pause === undefined || !isTransient(error)) return E.left(error);
      await sleep(pause);
    }
  }
};

/** Everything a client read yields, in order. */
export const drain = async <A>(read: AsyncIterable<A>): Promise<A[]> => {
  const all: A[] = [];
  for await (const item of read) all.push(item);
  return all;
};
