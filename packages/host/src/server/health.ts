import type express from 'express';
import { either as E } from 'fp-ts';
import type { EventStore } from '@ocop/eventstore';

/**
 * `/healthz`: the process is up. `/readyz`: the store answers and the read models have caught up, so a
 * balancer sends traffic; 503 otherwise, with what is not ready.
 */
export const mountHealth = (app: express.Express, deps: { readonly store: EventStore; readonly ready: () => boolean }): void => {
  app.get('/healthz', (_req, res) => {
    res.status(200).json({ status: 'up' });
  });
  app.get('/readyz', (_req, res, next) => {
    void (async () => {
      const probe = await deps.store.readStream('Host-readiness', { limit: 1 });
      const store = E.isRight(probe);
      const projections = deps.ready();
      res.status(store && projections ? 200 : 503).json({ status: store && projections ? 'ready' : 'notReady', store, projections });
    })().catch(next);
  });
};

/**
 * `/readyz` answers 503 from the moment the host begins to stop, so that a balancer sends nothing more to a
 * host that is draining its requests. Mounted before `mountHealth`, which answers otherwise.
 */
export const mountStopping = (app: express.Express, stopping: () => boolean): void => {
  app.get('/readyz', (_req, res, next) => {
    if (stopping()) res.status(503).json({ status: 'stopping' });
    else next();
  });
};
