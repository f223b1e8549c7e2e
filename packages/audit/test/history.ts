// Test support: the Tánh Linh history in a memory store, and events written by hand, bypassing the deciders.
import { randomUUID } from 'node:crypto';
import { either as E } from 'fp-ts';
import { Instant, nonEmpty, type Json } from '@ocop/kernel';
import { ExpectedRevision, memoryStore, type EventStore, type RecordedEvent } from '@ocop/eventstore';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';

export const tanhLinh = async (): Promise<EventStore> => {
  const store = memoryStore();
  await loadTanhLinh(store);
  return store;
};

/**
 * Appends one event as a careless or dishonest writer would: straight into the store, no decider asked. Its
 * metadata's business time is the time it states, unless `businessTime` says otherwise.
 */
export const writeByHand = async (
  store: EventStore,
  stream: string,
  type: string,
  data: Readonly<Record<string, Json>>,
  businessTime?: Instant,
): Promise<RecordedEvent> => {
  const at = data['at'];
  if (!Instant.is(at)) throw new Error('a hand-written event states when (at)');
  const appended = await store.append(
    stream,
    [
      {
        eventId: randomUUID(),
        type,
        schemaVersion: 1,
        data,
        metadata: {
          correlationId: nonEmpty('by-hand'),
          causationId: nonEmpty('by-hand'),
          commandId: nonEmpty(`by-hand-${randomUUID()}`),
          actor: { id: nonEmpty('acc-someone'), role: nonEmpty('recognisingAuthority'), organisation: nonEmpty('UBND huyện Tánh Linh') },
          businessTime: businessTime ?? at,
        },
      },
    ],
    ExpectedRevision.any,
  );
  if (E.isLeft(appended)) throw new Error(JSON.stringify(appended.left));
  const [recorded] = appended.right.events;
  if (!recorded) throw new Error('nothing appended');
  return recorded;
};

export const right = <A>(e: E.Either<unknown, A>): A => {
  if (E.isLeft(e)) throw new Error(JSON.stringify(e.left, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v)));
  return e.right;
};

export const actor = { id: 'acc-someone', role: 'recognisingAuthority', organisation: 'UBND huyện Tánh Linh' };

/** A decision of a signer at `level`. */
export const decisionBy = (level: string, number: string, date: string): Json => ({
  number,
  date,
  signer: {
    person: `signer-${level}`,
    name: { $personal: `signer-${level}`, value: { fullName: `Người ký ${level}` } },
    title: `Chủ tịch UBND ${level}`,
    level,
  },
});

/** A council result copied into a product's certification by hand, recognising `stars` at the province. */
export const resultRecorded = (o: {
  readonly productId: string;
  readonly dossierId: string;
  readonly roundId: string;
  readonly ruleSet: string;
  readonly filedOn: string;
  readonly sheet: number;
  readonly mean: number;
  readonly at: string;
}): Readonly<Record<string, Json>> => ({
  productId: o.productId,
  dossierId: o.dossierId,
  roundId: o.roundId,
  ruleSet: o.ruleSet,
  kind: 'first',
  filedOn: o.filedOn,
  level: 'province',
  sheet: o.sheet,
  mean: o.mean,
  stars: 3,
  outcome: {
    kind: 'recognise',
    level: 'province',
    stars: 3,
    authority: { level: 'province', title: 'Chủ tịch UBND cấp tỉnh', titleEn: "Chairman of the provincial People's Committee" },
  },
  by: actor,
  at: o.at,
});
