import type express from 'express';
import type { EventStore } from '@ocop/eventstore';
import type { Ledger } from '@ocop/ledger';
import type { KeyStore, Vault } from '@ocop/privacy';
import type { ProjectionStorage, ReadModelDefinition } from '@ocop/projections';
import { factsOf } from '../access/facts.js';
import { auditRoutes } from '../audit/routes.js';
import type { Verifications } from '../audit/verifications.js';
import { commandRoutes } from '../commands/routes.js';
import type { Log } from '../http/log.js';
import type { AnyRoute } from '../http/route.js';
import { openApiRoute } from '../openapi/route.js';
import { privacyRoutes } from '../privacy/routes.js';
import type { Problem } from '../http/problem.js';
import type { either as E } from 'fp-ts';
import { asOfViews, type AsOfViews } from '../queries/as-of-views.js';
import { dossierRoutes } from '../queries/dossiers.js';
import { productRoutes } from '../queries/products.js';
import { roundRoutes } from '../queries/rounds.js';
import { stateRoutes } from '../queries/states.js';
import { mountHealth } from './health.js';
import { mountViewer } from '../viewer/routes.js';

/** Everything the routes use, made once by `startHost`. */
export interface HostDeps {
  readonly store: EventStore;
  readonly ledger: Ledger;
  readonly vault: Vault;
  readonly keys: KeyStore;
  readonly storage: ProjectionStorage;
  readonly readModels: ReadonlyArray<ReadModelDefinition>;
  readonly verifications: Verifications;
  readonly rotate: () => Promise<E.Either<Problem, { readonly rewrapped: number }>>;
  readonly clock: () => Date;
  readonly log: Log;
  /** The read models have caught up with the store since the start. */
  readonly ready: () => boolean;
}

/**
 * Every route of the API, in one table: the server mounts it, the OpenAPI document and the role matrix read it.
 * Every query reads past days through `views`, one cache for the whole host; the host closes it when it stops.
 */
export const apiRoutes = (deps: HostDeps, views: AsOfViews = asOfViews(deps)): ReadonlyArray<AnyRoute> => {
  const facts = factsOf(deps.store, deps.ledger);
  const queryDeps = { ...deps, facts, views };
  const api: ReadonlyArray<AnyRoute> = [
    ...commandRoutes({ ledger: deps.ledger, storage: deps.storage, facts, clock: deps.clock }),
    ...productRoutes(queryDeps),
    ...dossierRoutes(queryDeps),
    ...roundRoutes(queryDeps),
    ...stateRoutes(queryDeps),
    ...auditRoutes(queryDeps),
    ...privacyRoutes(deps),
  ];
  const all: ReadonlyArray<AnyRoute> = [...api, openApiRoute(() => all)];
  return all;
};

/** The routes outside the API table: health (open), and the viewer (its own login). */
export const mountExtras = (app: express.Express, deps: HostDeps, routes: ReadonlyArray<AnyRoute>, tokenSecret: Uint8Array): void => {
  mountHealth(app, deps);
  mountViewer(app, routes, tokenSecret);
};
