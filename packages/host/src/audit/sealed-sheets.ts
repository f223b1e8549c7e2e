import { either as E } from 'fp-ts';
import type { Json } from '@ocop/kernel';
import type { RecordedEvent } from '@ocop/eventstore';
import { aggregates, type Ledger } from '@ocop/ledger';

/**
 * The sheets of a round still sealed: those of the current attempt of a dossier whose scoring the chair has not
 * closed. A stream's history shows them without their scores (its author excepted), as every other route does.
 */
export const sealedSheetIds = async (
  ledger: Ledger,
  events: ReadonlyArray<RecordedEvent>,
  reader: string | undefined,
): Promise<ReadonlySet<string>> => {
  const first = events[0];
  if (first === undefined || !first.stream.startsWith('Round-')) return new Set();
  const state = await ledger.load.round(first.stream.slice('Round-'.length));
  if (E.isLeft(state) || state.right.status === 'none') return new Set();
  const open = new Map<string, number>(state.right.dossiers.filter((d) => d.status === 'scoring').map((d) => [d.dossierId, d.attempt]));
  const sealed = new Set<string>();
  for (const e of events) {
    const decoded = aggregates.round.codec.decode(e);
    if (E.isLeft(decoded) || decoded.right.type !== 'SheetSubmitted') continue;
    const d = decoded.right.data;
    if (open.get(d.dossierId) === d.attempt && d.person !== reader) sealed.add(e.eventId);
  }
  return sealed;
};

/** What a sealed sheet's event shows: whose and where, not the scores. */
export const sealedData = (data: Json): Json => {
  const kept: Record<string, Json> = {};
  if (typeof data === 'object' && data !== null && !Array.isArray(data))
    // Checked just before: an object that is not an array (TypeScript does not narrow readonly arrays out).
    for (const k of ['roundId', 'dossierId', 'person', 'attempt']) kept[k] = (data as { readonly [key: string]: Json })[k] ?? null;
  return { ...kept, sealed: 'until the chair closes scoring' };
};
