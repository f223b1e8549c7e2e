import { either as E } from 'fp-ts';
import type { Instant } from '@ocop/kernel';
import type { EventStore, NewEvent, StoreError } from '@ocop/eventstore';
import type { SealError, Vault } from './vault.js';

const storeError = (index: number, e: SealError): StoreError =>
  e._tag === 'PersonErased'
    ? {
        _tag: 'InvalidEvent',
        index,
        reason: `person ${e.person} was erased on ${e.erasedAt}; their data is not stored again under that id`,
      }
    : { _tag: 'StoreUnavailable', reason: `the key store is unavailable: ${e.message}` };

/**
 * An event store that seals every personal value before it is stored, with its person's key: the log, its
 * hash chain, every copy and every backup hold only ciphertext. Reads return what is stored, sealed; readers
 * that show personal data unseal it with the vault. The hash chain covers the ciphertext, so it verifies
 * before and after an erasure.
 */
export const sealingStore = (inner: EventStore, vault: Vault, clock: () => Instant): EventStore => ({
  ...inner,
  append: async (stream, events, expected) => {
    const sealed: NewEvent[] = [];
    for (const [index, event] of events.entries()) {
      const data = await vault.seal({ stream, eventId: event.eventId }, event.data, clock());
      if (E.isLeft(data)) return E.left(storeError(index, data.left));
      sealed.push({ ...event, data: data.right });
    }
    return inner.append(stream, sealed, expected);
  },
});
