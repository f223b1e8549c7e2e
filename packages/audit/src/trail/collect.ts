import { either as E } from 'fp-ts';
import { localDateOf, type DomainEvent, type EventCodec, type Json, type LocalDate } from '@ocop/kernel';
import { verifyStream, type EventStore, type RecordedEvent, type StoreError } from '@ocop/eventstore';
import {
  certificationStream,
  councilStream,
  dossierStream,
  productStream,
  roundStream,
  subjectStream,
  type CertificationEvent,
  type CouncilEvent,
  type DossierEvent,
  type ProductEvent,
  type RoundEvent,
  type SubjectEvent,
} from '@ocop/domain';
import { aggregates } from '@ocop/ledger';
import { describeDecodeError } from '../verify/describe.js';
import type { IntegrityFacts } from './model.js';

export type TrailError = StoreError | { readonly _tag: 'NotFound'; readonly id: string };

/** Opens the sealed personal values of an event's data that the reader may see (a vault's `unseal`). */
export type Opener = (event: Pick<RecordedEvent, 'eventId' | 'data'>) => Promise<E.Either<string, Json>>;

/** The decoded events a trail is made of, each stream cut at the `asOf` date. */
export interface Histories {
  readonly mode: 'product' | 'dossier';
  readonly productId: string;
  readonly product: ReadonlyArray<ProductEvent>;
  readonly subject: ReadonlyArray<SubjectEvent>;
  readonly certification: ReadonlyArray<CertificationEvent>;
  readonly dossiers: ReadonlyMap<string, ReadonlyArray<DossierEvent>>;
  readonly rounds: ReadonlyMap<string, ReadonlyArray<RoundEvent>>;
  readonly councils: ReadonlyMap<string, ReadonlyArray<CouncilEvent>>;
  readonly integrity: IntegrityFacts;
}

const field = (data: Json, name: string): Json | undefined =>
  // A JSON object (not null, not an array): its fields are JSON values.
  typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as { readonly [k: string]: Json })[name] : undefined;

/**
 * Reads what a trail needs: the product's (or the dossier's) own streams, the dossiers filed for it and the
 * rounds that scored them (found by one pass over the global order), then each of those streams whole, its
 * hash chain checked and its events decoded. Events after `asOf` (by business date) are left out.
 */
export const collect = async (
  store: EventStore,
  id: string,
  asOf: LocalDate | undefined,
  open: Opener | undefined,
): Promise<E.Either<TrailError, Histories>> => {
  const broken: Array<IntegrityFacts['broken'][number]> = [];
  const integrity = { streams: 0, events: 0, broken };
  const read = async <Ev extends DomainEvent>(stream: string, codec: EventCodec<Ev>): Promise<E.Either<StoreError, Ev[]>> => {
    const r = await store.readStream(stream);
    if (E.isLeft(r)) return r.left._tag === 'InvalidStreamName' ? E.right([]) : r;
    if (r.right.length === 0) return E.right([]);
    integrity.streams++;
    integrity.events += r.right.length;
    const chain = verifyStream(r.right);
    if (E.isLeft(chain))
      integrity.broken.push({ stream, revision: Number(chain.left.revision), eventId: chain.left.eventId, reason: chain.left.reason });
    const events: Ev[] = [];
    for (const e of r.right) {
      if (asOf !== undefined && localDateOf(e.metadata.businessTime) > asOf) continue;
      // Opened after the chain is checked: the hashes cover what is stored, sealed.
      const data = open ? await open(e) : E.right(e.data);
      if (E.isLeft(data)) return E.left({ _tag: 'StoreUnavailable', reason: `sealed personal data cannot be opened: ${data.left}` });
      const decoded = codec.decode({ ...e, data: data.right });
      if (E.isLeft(decoded))
        integrity.broken.push({
          stream,
          revision: Number(e.revision),
          eventId: e.eventId,
          reason: `undecodable: ${describeDecodeError(decoded.left)}`,
        });
      else events.push(decoded.right);
    }
    return E.right(events);
  };

  const asProduct = await read(productStream(id), aggregates.product.codec);
  if (E.isLeft(asProduct)) return asProduct;
  const asDossier = asProduct.right.length > 0 ? E.right([]) : await read(dossierStream(id), aggregates.dossier.codec);
  if (E.isLeft(asDossier)) return asDossier;
  const filed = asDossier.right.find((e): e is Extract<DossierEvent, { type: 'DossierFiled' }> => e.type === 'DossierFiled');
  const mode = asProduct.right.length > 0 ? 'product' : filed ? 'dossier' : undefined;
  if (!mode) return E.left({ _tag: 'NotFound', id });
  const productId = filed?.data.productId ?? id;

  // One pass over the global order: the dossiers filed for the product and the rounds that scored them.
  const dossierIds = new Set<string>(mode === 'dossier' ? [id] : []);
  const roundIds = new Set<string>();
  for await (const page of store.readAll({ batchSize: 2000 })) {
    if (E.isLeft(page)) return page;
    for (const e of page.right) {
      if (e.type !== 'DossierFiled' && e.type !== 'DossierAssigned') continue;
      const dossier = field(e.data, 'dossierId');
      const mine = mode === 'product' ? field(e.data, 'productId') === id : dossier === id;
      if (!mine || typeof dossier !== 'string') continue;
      dossierIds.add(dossier);
      const round = field(e.data, 'roundId');
      if (e.type === 'DossierAssigned' && typeof round === 'string') roundIds.add(round);
    }
  }

  const product = mode === 'product' ? asProduct : await read(productStream(productId), aggregates.product.codec);
  if (E.isLeft(product)) return product;
  const registered = product.right.find((e) => e.type === 'ProductRegistered');
  const subject =
    registered?.type === 'ProductRegistered' ? await read(subjectStream(registered.data.subjectId), aggregates.subject.codec) : E.right([]);
  if (E.isLeft(subject)) return subject;
  const certification = await read(certificationStream(productId), aggregates.certification.codec);
  if (E.isLeft(certification)) return certification;
  const dossiers = new Map<string, DossierEvent[]>();
  for (const d of dossierIds) {
    const events = mode === 'dossier' && d === id ? asDossier : await read(dossierStream(d), aggregates.dossier.codec);
    if (E.isLeft(events)) return events;
    dossiers.set(d, events.right);
  }
  const rounds = new Map<string, RoundEvent[]>();
  const councils = new Map<string, CouncilEvent[]>();
  for (const r of roundIds) {
    const events = await read(roundStream(r), aggregates.round.codec);
    if (E.isLeft(events)) return events;
    rounds.set(r, events.right);
    const opened = events.right.find((e) => e.type === 'RoundOpened');
    if (opened?.type === 'RoundOpened' && !councils.has(opened.data.councilId)) {
      const council = await read(councilStream(opened.data.councilId), aggregates.council.codec);
      if (E.isLeft(council)) return council;
      councils.set(opened.data.councilId, council.right);
    }
  }
  return E.right({
    mode,
    productId,
    product: product.right,
    subject: subject.right,
    certification: certification.right,
    dossiers,
    rounds,
    councils,
    integrity,
  });
};
