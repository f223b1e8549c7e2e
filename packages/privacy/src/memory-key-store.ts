import { either as E } from 'fp-ts';
import type { EventRef, KeyState, KeyStore } from './key-store.js';

/** Keys in memory: for tests and embedding. Nothing survives the process, which is also an erasure. */
export const memoryKeyStore = (): KeyStore => {
  const keys = new Map<string, KeyState>();
  const uses = new Map<string, EventRef[]>();
  return {
    get: (persons) =>
      Promise.resolve(
        E.right(
          new Map(
            persons.flatMap((p) => {
              const k = keys.get(p);
              return k ? [[p, k] as const] : [];
            }),
          ),
        ),
      ),
    create: (person, wrapped, _at) => {
      const existing = keys.get(person);
      if (existing) return Promise.resolve(E.right(existing));
      const created: KeyState = { status: 'active', wrapped: Buffer.from(wrapped) };
      keys.set(person, created);
      return Promise.resolve(E.right(created));
    },
    erase: (person, at) => {
      const existing = keys.get(person);
      if (!existing) return Promise.resolve(E.right('unknown' as const));
      if (existing.status === 'erased') return Promise.resolve(E.right('alreadyErased' as const));
      existing.wrapped.fill(0);
      keys.set(person, { status: 'erased', erasedAt: at });
      return Promise.resolve(E.right('erased' as const));
    },
    recordUses: (refs) => {
      for (const r of refs) uses.set(r.person, [...(uses.get(r.person) ?? []), r]);
      return Promise.resolve(E.right(undefined));
    },
    uses: (person) => Promise.resolve(E.right(uses.get(person) ?? [])),
    rewrap: (f) => {
      let n = 0;
      for (const [person, k] of keys)
        if (k.status === 'active') {
          keys.set(person, { status: 'active', wrapped: f(person, k.wrapped) });
          n++;
        }
      return Promise.resolve(E.right(n));
    },
    close: () => Promise.resolve(),
  };
};
