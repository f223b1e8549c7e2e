import type express from 'express';
import type { AnyRoute } from '../http/route.js';
import type { HostDeps } from '../server/routes.js';

export const mountViewer = (_app: express.Express, _deps: HostDeps, _routes: ReadonlyArray<AnyRoute>, _secret: Uint8Array): void =>
  undefined;
