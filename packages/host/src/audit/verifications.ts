import { randomUUID } from 'node:crypto';
import { either as E } from 'fp-ts';
import type { Json } from '@ocop/kernel';
import type { EventStore } from '@ocop/eventstore';
import type { Verifier } from './chain-verifier.js';

/** A verification the host runs in the background: started, then done with its report, or failed. */
export type Verification = {
  readonly id: string;
  readonly startedAt: string;
  readonly startedBy: string;
} & (
  | { readonly status: 'running' }
  | { readonly status: 'done'; readonly finishedAt: string; readonly clean: boolean; readonly summary: string; readonly report: Json }
  | { readonly status: 'failed'; readonly finishedAt: string; readonly error: string }
);

/**
 * Verifications as resources: one is started (it may take minutes at national size) and polled. The last
 * few are kept in memory; a restart forgets them, and the store is what they verify, so one is run again.
 */
export const verifications = (store: EventStore, verifier: Verifier, clock: () => Date, keep = 20) => {
  const all = new Map<string, Verification>();
  return {
    start: (startedBy: string): Verification => {
      const v: Verification = { id: randomUUID(), startedAt: clock().toISOString(), startedBy, status: 'running' };
      all.set(v.id, v);
      for (const old of [...all.keys()].slice(0, Math.max(0, all.size - keep))) all.delete(old);
      void verifier(store).then(
        (r) =>
          all.set(
            v.id,
            E.isRight(r)
              ? { ...v, status: 'done', finishedAt: clock().toISOString(), ...r.right }
              : { ...v, status: 'failed', finishedAt: clock().toISOString(), error: r.left._tag },
          ),
        (e: unknown) => all.set(v.id, { ...v, status: 'failed', finishedAt: clock().toISOString(), error: String(e) }),
      );
      return v;
    },
    get: (id: string): Verification | undefined => all.get(id),
  };
};
export type Verifications = ReturnType<typeof verifications>;
