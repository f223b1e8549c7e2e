import { either as E } from 'fp-ts';
import { localDateOf, type LocalDate } from '@ocop/kernel';
import type { EventStore, StoreError } from '@ocop/eventstore';
import type { DossierKind, Level, RuleSetId } from '@ocop/rules';
import {
  validUntil,
  type CertificateStatus,
  type CertificationState,
  type ClosedAs,
  type DossierState,
  type ProductEvent,
  type ProductState,
  type Stage,
} from '@ocop/domain';
import { aggregateOfStream, aggregates } from '@ocop/ledger';
import { decoders } from '../verify/fast-decode.js';

export interface ReplayOptions {
  /** The business day whose end the state is taken at. */
  readonly asOf: LocalDate;
}

export interface DossierOnDate {
  readonly id: string;
  readonly productId: string;
  readonly kind: DossierKind;
  readonly ruleSet: RuleSetId;
  readonly filedOn: LocalDate;
  readonly stage: Stage;
  readonly level: Level;
  readonly closedAs?: ClosedAs;
}

export interface CertificateOnDate {
  readonly id: string;
  readonly stars: number;
  readonly ruleSet: RuleSetId;
  readonly issuedOn: LocalDate;
  readonly expiresOn: LocalDate;
  /** The last valid day, the Art. 12.3 extension included while a re-evaluation is pending. */
  readonly validUntil: LocalDate;
  /** As recorded by that day. */
  readonly recorded: CertificateStatus;
  /** On that day: `valid` only while recorded valid and not past its last valid day. */
  readonly status: CertificateStatus;
}

export interface ProductOnDate {
  readonly id: string;
  readonly name?: string;
  readonly subjectId?: string;
  readonly sheet?: number;
  readonly certificates: ReadonlyArray<CertificateOnDate>;
}

/** Every dossier and product as the history stood at the end of a business day. */
export interface ReplayState {
  readonly asOf: LocalDate;
  readonly dossiers: ReadonlyArray<DossierOnDate>;
  readonly products: ReadonlyArray<ProductOnDate>;
  /** Events read, events folded (business day on or before `asOf`), and events that could not be decoded. */
  readonly events: { readonly read: number; readonly folded: number; readonly undecodable: number };
}

/**
 * The state of every product and dossier on a date, folded through the deciders from the events whose
 * business time falls on or before it, each stream in its own order. A certificate recorded valid but past
 * its last valid day on that date counts as expired then, as the rules have it, even if no expiry was recorded.
 */
export const replay = async (store: EventStore, options: ReplayOptions): Promise<E.Either<StoreError, ReplayState>> => {
  const dossiers = new Map<string, DossierState>();
  const products = new Map<string, ProductState>();
  const certifications = new Map<string, CertificationState>();
  const names = new Map<string, string>();
  let read = 0;
  let folded = 0;
  let undecodable = 0;
  for await (const page of store.readAll({ batchSize: 2000 })) {
    if (E.isLeft(page)) return page;
    for (const e of page.right) {
      read++;
      if (localDateOf(e.metadata.businessTime) > options.asOf) continue;
      const fold = <S, Ev>(
        states: Map<string, S>,
        decode: () => E.Either<unknown, Ev>,
        decider: { evolve: (s: S, e: Ev) => S; initialState: S },
      ) => {
        const decoded = decode();
        if (E.isLeft(decoded)) return void undecodable++;
        folded++;
        states.set(e.stream, decider.evolve(states.get(e.stream) ?? decider.initialState, decoded.right));
      };
      switch (aggregateOfStream(e.stream)) {
        case 'dossier':
          fold(dossiers, () => decoders.dossier(e), aggregates.dossier.decider);
          break;
        case 'product':
          fold(
            products,
            () =>
              E.map((p: ProductEvent) => {
                if (p.type === 'ProductRegistered') names.set(p.data.productId, p.data.name);
                return p;
              })(decoders.product(e)),
            aggregates.product.decider,
          );
          break;
        case 'certification':
          fold(certifications, () => decoders.certification(e), aggregates.certification.decider);
          break;
        default:
          break;
      }
    }
  }
  const certificatesOf = (productId: string): ReadonlyArray<CertificateOnDate> =>
    (certifications.get(`Certification-${productId}`)?.certificates ?? []).map((c) => {
      const last = validUntil(c);
      return {
        id: c.certificateId,
        stars: c.stars,
        ruleSet: c.ruleSet,
        issuedOn: c.issuedOn,
        expiresOn: c.expiresOn,
        validUntil: last,
        recorded: c.status,
        status: c.status === 'valid' && options.asOf > last ? 'expired' : c.status,
      };
    });
  const productIds = new Set([
    ...[...products.values()].flatMap((p) => (p.status === 'registered' ? [p.productId] : [])),
    ...[...certifications.values()].flatMap((c) => (c.productId === undefined ? [] : [c.productId])),
  ]);
  return E.right({
    asOf: options.asOf,
    dossiers: [...dossiers.values()].flatMap((d) =>
      d.status === 'open'
        ? [
            {
              id: d.dossierId,
              productId: d.productId,
              kind: d.kind,
              ruleSet: d.ruleSet,
              filedOn: d.filedOn,
              stage: d.stage,
              level: d.level,
              ...(d.closedAs === undefined ? {} : { closedAs: d.closedAs }),
            },
          ]
        : [],
    ),
    products: [...productIds].sort().map((id) => {
      const p = products.get(`Product-${id}`);
      return {
        id,
        ...(names.has(id) ? { name: names.get(id) } : {}),
        ...(p?.status === 'registered' ? { subjectId: p.subjectId, sheet: p.sheet } : {}),
        certificates: certificatesOf(id),
      };
    }),
    events: { read, folded, undecodable },
  });
};
