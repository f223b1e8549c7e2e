import { either as E } from 'fp-ts';
import type { Json } from '@ocop/kernel';
import type { EventStore, StoreError } from '@ocop/eventstore';
import type { KeyStoreUnavailable } from './key-store.js';
import type { Vault } from './vault.js';
import { mapPersonal } from './walk.js';

export interface PersonalRecord {
  readonly stream: string;
  readonly eventId: string;
  readonly type: string;
  readonly at: string;
  /** The person's values in that event, as `{ value }`, or `{ erased: true }`. */
  readonly values: ReadonlyArray<Json>;
}

export interface PersonalExport {
  readonly person: string;
  readonly status: 'active' | 'erased' | 'unknown';
  readonly records: ReadonlyArray<PersonalRecord>;
}

/**
 * Everything the history holds about a person, unsealed (the right of access): each event that holds their
 * data, with their values only. Other persons' values in the same events are left out.
 */
export const exportPerson = async (
  store: EventStore,
  vault: Vault,
  person: string,
): Promise<E.Either<StoreError | KeyStoreUnavailable, PersonalExport>> => {
  const uses = await vault.keys.uses(person);
  if (E.isLeft(uses)) return uses;
  const state = await vault.keys.get([person]);
  if (E.isLeft(state)) return state;
  const records: PersonalRecord[] = [];
  const byStream = new Map<string, Set<string>>();
  for (const u of uses.right) byStream.set(u.stream, (byStream.get(u.stream) ?? new Set()).add(u.eventId));
  for (const [stream, ids] of byStream) {
    const events = await store.readStream(stream);
    if (E.isLeft(events)) return events;
    for (const e of events.right) {
      if (!ids.has(e.eventId)) continue;
      const mine: Json[] = [];
      mapPersonal(e.data, (p) => {
        if (p.$personal === person) mine.push(p);
        return p;
      });
      const opened = await vault.unseal(mine, { sensitive: true });
      if (E.isLeft(opened)) return opened;
      records.push({
        stream,
        eventId: e.eventId,
        type: e.type,
        at: e.metadata.businessTime,
        values: Array.isArray(opened.right.data) ? opened.right.data : [],
      });
    }
  }
  return E.right({ person, status: state.right.get(person)?.status ?? 'unknown', records });
};
