import { either as E } from 'fp-ts';
import type { Instant, Json } from '@ocop/kernel';
import { isKey, lock, newKey, packBox, unlock, unpackBox } from './cipher.js';
import type { KeyStore, KeyStoreUnavailable } from './key-store.js';
import { mapPersonal, personsIn, type PersonalObject } from './walk.js';

export type SealError = KeyStoreUnavailable | { readonly _tag: 'PersonErased'; readonly person: string; readonly erasedAt: Instant };

/** What a reader may see of sensitive values (criterion 3.2): all of them, or only that they exist. */
export interface Sight {
  readonly sensitive: boolean;
}

export interface Unsealed {
  readonly data: Json;
  /** The persons whose clear data this read revealed (withheld and erased values are not counted). */
  readonly revealed: ReadonlyArray<string>;
}

export interface Vault {
  /** Seals every personal value of an event's data with its person's key, making keys as needed. */
  readonly seal: (
    ref: { readonly stream: string; readonly eventId: string },
    data: Json,
    at: Instant,
  ) => Promise<E.Either<SealError, Json>>;
  /** Opens the sealed values a reader may see; erased persons read as `{ erased: true }`, withheld ones as `{ withheld: true }`. */
  readonly unseal: (data: Json, sight: Sight) => Promise<E.Either<KeyStoreUnavailable, Unsealed>>;
  /** Destroys a person's key: every value sealed with it is unreadable from then on, wherever it is copied. */
  readonly erase: (person: string, at: Instant) => Promise<E.Either<KeyStoreUnavailable, 'erased' | 'alreadyErased' | 'unknown'>>;
  readonly keys: KeyStore;
}

const context = (person: string): string => `ocop-personal:${person}`;
const WRAP = 'ocop-key';

/** Wraps a person's key with the master key (AES-256-GCM, bound to the person). */
export const wrapKey = (master: Buffer, person: string, key: Buffer): Buffer => packBox(lock(master, key, `${WRAP}:${person}`));
export const unwrapKey = (master: Buffer, person: string, wrapped: Buffer): E.Either<'undecipherable', Buffer> =>
  unlock(master, unpackBox(wrapped), `${WRAP}:${person}`);

const isRecord = (j: Json | undefined): j is { readonly [key: string]: Json } => typeof j === 'object' && j !== null && !Array.isArray(j);
const b64 = (b: Buffer): string => b.toString('base64');
const fromB64 = (s: Json | undefined): Buffer | undefined => (typeof s === 'string' ? Buffer.from(s, 'base64') : undefined);

/**
 * The keeper of persons' keys, for sealing on write and unsealing on read. The master key stays outside the
 * database (configuration, or a key-management service); keys unwrapped are kept in memory for `cacheMs`,
 * and an erasure in this process drops them at once.
 */
export const createVault = (options: {
  readonly keys: KeyStore;
  readonly masterKey: Buffer;
  readonly cacheMs?: number;
  readonly now?: () => number;
}): Vault => {
  const { keys, masterKey } = options;
  if (!isKey(masterKey)) throw new Error('the master key must be 32 bytes');
  const cacheMs = options.cacheMs ?? 5_000;
  const now = options.now ?? (() => Date.now());
  const cache = new Map<string, { readonly key: Buffer | 'erased'; readonly until: number }>();

  const load = async (persons: ReadonlyArray<string>): Promise<E.Either<KeyStoreUnavailable, Map<string, Buffer | 'erased'>>> => {
    const out = new Map<string, Buffer | 'erased'>();
    const missing = persons.filter((p) => {
      const c = cache.get(p);
      if (c && c.until > now()) {
        out.set(p, c.key);
        return false;
      }
      return true;
    });
    if (missing.length === 0) return E.right(out);
    const got = await keys.get(missing);
    if (E.isLeft(got)) return got;
    for (const [person, state] of got.right) {
      const key = state.status === 'erased' ? 'erased' : E.getOrElseW(() => 'erased' as const)(unwrapKey(masterKey, person, state.wrapped));
      out.set(person, key);
      cache.set(person, { key, until: now() + cacheMs });
    }
    return E.right(out);
  };

  const keyFor = async (person: string, known: Map<string, Buffer | 'erased'>, at: Instant): Promise<E.Either<SealError, Buffer>> => {
    const k = known.get(person);
    if (k === 'erased') {
      const state = await keys.get([person]);
      const erasedAt = E.isRight(state) ? state.right.get(person) : undefined;
      return E.left({ _tag: 'PersonErased', person, erasedAt: erasedAt?.status === 'erased' ? erasedAt.erasedAt : at });
    }
    if (k) return E.right(k);
    const fresh = newKey();
    const kept = await keys.create(person, wrapKey(masterKey, person, fresh), at);
    if (E.isLeft(kept)) return kept;
    // Another writer may have kept its own key first: use the one kept.
    if (kept.right.status === 'erased') return E.left({ _tag: 'PersonErased', person, erasedAt: kept.right.erasedAt });
    const key = E.getOrElseW(() => fresh)(unwrapKey(masterKey, person, kept.right.wrapped));
    known.set(person, key);
    cache.set(person, { key, until: now() + cacheMs });
    return E.right(key);
  };

  return {
    keys,
    seal: async (ref, data, at) => {
      const persons = [...personsIn(data)];
      if (persons.length === 0) return E.right(data);
      const known = await load(persons);
      if (E.isLeft(known)) return known;
      const personKeys = new Map<string, Buffer>();
      for (const person of persons) {
        const key = await keyFor(person, known.right, at);
        if (E.isLeft(key)) return key;
        personKeys.set(person, key.right);
      }
      const used = await keys.recordUses(persons.map((person) => ({ person, stream: ref.stream, eventId: ref.eventId })));
      if (E.isLeft(used)) return used;
      return E.right(
        mapPersonal(data, (p: PersonalObject) => {
          const key = personKeys.get(p.$personal);
          if (!key || !('value' in p)) return p;
          const box = lock(key, Buffer.from(JSON.stringify(p['value']), 'utf8'), context(p.$personal));
          const { value: _clear, ...rest } = p;
          return { ...rest, sealed: { alg: 'A256GCM', iv: b64(box.iv), tag: b64(box.tag), data: b64(box.data) } };
        }),
      );
    },
    unseal: async (data, sight) => {
      const sealedPersons = new Set<string>();
      mapPersonal(data, (p) => {
        if ('sealed' in p && !(p['sensitive'] === true && !sight.sensitive)) sealedPersons.add(p.$personal);
        return p;
      });
      const known = await load([...sealedPersons]);
      if (E.isLeft(known)) return known;
      const revealed = new Set<string>();
      const out = mapPersonal(data, (p) => {
        if (!('sealed' in p) && !('value' in p)) return p;
        const { sealed, value: _value, ...rest } = p;
        if (p['sensitive'] === true && !sight.sensitive) return { ...rest, withheld: true };
        if (!('sealed' in p)) return p;
        const key = known.right.get(p.$personal);
        const box = isRecord(sealed)
          ? { iv: fromB64(sealed['iv']), tag: fromB64(sealed['tag']), data: fromB64(sealed['data']) }
          : undefined;
        if (!key || key === 'erased' || !box?.iv || !box.tag || !box.data) return { ...rest, erased: true };
        const plain = unlock(key, { iv: box.iv, tag: box.tag, data: box.data }, context(p.$personal));
        if (E.isLeft(plain)) return { ...rest, erased: true };
        revealed.add(p.$personal);
        const value: unknown = JSON.parse(plain.right.toString('utf8'));
        // The value was sealed from JSON by `seal`, so it parses back to JSON.
        return { ...rest, value: value as Json };
      });
      return E.right({ data: out, revealed: [...revealed] });
    },
    erase: async (person, at) => {
      const result = await keys.erase(person, at);
      cache.set(person, { key: 'erased', until: Number.POSITIVE_INFINITY });
      return result;
    },
  };
};

/** Re-wraps every person's key under a new master key; then the old master key can be destroyed. */
export const rotateMasterKey = (keys: KeyStore, oldMaster: Buffer, newMaster: Buffer) =>
  keys.rewrap((person, wrapped) => {
    const key = unwrapKey(oldMaster, person, wrapped);
    if (E.isLeft(key)) throw new Error(`the key of ${person} does not open with the old master key`);
    return wrapKey(newMaster, person, key.right);
  });
