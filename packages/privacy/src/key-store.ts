import type { either as E } from 'fp-ts';
import type { Instant } from '@ocop/kernel';

/** A person's key as kept: wrapped by the master key, or destroyed (only the day of erasure remains). */
export type KeyState = { readonly status: 'active'; readonly wrapped: Buffer } | { readonly status: 'erased'; readonly erasedAt: Instant };

export interface KeyStoreUnavailable {
  readonly _tag: 'KeyStoreUnavailable';
  readonly message: string;
}

/** An event that holds a person's data, so that an export finds it without reading the whole history. */
export interface EventRef {
  readonly person: string;
  readonly stream: string;
  readonly eventId: string;
}

/**
 * Where the persons' keys live, apart from the event log: a table in the same database by default (SQLite,
 * PostgreSQL), or a government key-management service behind this interface. Keys are kept wrapped by a
 * master key held outside the database.
 */
export interface KeyStore {
  /** The keys of these persons; a person without a key yet is absent from the map. */
  readonly get: (persons: ReadonlyArray<string>) => Promise<E.Either<KeyStoreUnavailable, ReadonlyMap<string, KeyState>>>;
  /** Keeps `wrapped` as the person's key unless one is kept already (or was erased); answers what is kept now. */
  readonly create: (person: string, wrapped: Buffer, at: Instant) => Promise<E.Either<KeyStoreUnavailable, KeyState>>;
  /** Destroys the person's key for good: its bytes are overwritten, the day of erasure is kept. */
  readonly erase: (person: string, at: Instant) => Promise<E.Either<KeyStoreUnavailable, 'erased' | 'alreadyErased' | 'unknown'>>;
  readonly recordUses: (refs: ReadonlyArray<EventRef>) => Promise<E.Either<KeyStoreUnavailable, void>>;
  readonly uses: (person: string) => Promise<E.Either<KeyStoreUnavailable, ReadonlyArray<EventRef>>>;
  /** Re-wraps every active key (a new master key); answers how many. */
  readonly rewrap: (f: (person: string, wrapped: Buffer) => Buffer) => Promise<E.Either<KeyStoreUnavailable, number>>;
  readonly close: () => Promise<void>;
}
