import type { Server } from 'node:http';
import { either as E } from 'fp-ts';
import { describeFailure, instantOf } from '@ocop/kernel';
import { moduleBeside, type EventStore } from '@ocop/eventstore';
import { createLedger, type Ledger } from '@ocop/ledger';
import { sealingStore, type Vault } from '@ocop/privacy';
import { allReadModels, createThreadedRunner, describeRunnerError, twoThreadGroups, type Runner } from '@ocop/projections';
import { describeConnectError, describeStoreError, openStore, parseStoreUrl, redactStoreUrl } from '@ocop/connect';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { clockMsFrom, defaultShutdownGraceMs, tokenSecretPath } from '../config/config.js';
import { openPersonalKeys } from '../privacy/personal-keys.js';
import { loadSecret } from '../config/secrets.js';
import type { Log } from '../http/log.js';
import { switchableVault } from '../privacy/switchable-vault.js';
import { createApp } from './app.js';
import { mountStopping } from './health.js';
import { openProjectionStorage } from './projection-storage.js';
import type { AnyRoute } from '../http/route.js';
import { asOfViews } from '../queries/as-of-views.js';
import { apiRoutes, mountExtras, type HostDeps } from './routes.js';
import type { Verifier } from '../audit/chain-verifier.js';
import { auditVerifier } from '../audit/audit-verifier.js';
import { verifications } from '../audit/verifications.js';
import { masterKeyRotation } from '../privacy/rotation.js';
import { startClock } from '../process/clock.js';

export interface HostOptions {
  readonly storeUrl: string;
  /** Where the token secret and master key files are, when the environment does not give them. */
  readonly dataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** 0: any free port. */
  readonly port: number;
  readonly hostname?: string;
  readonly log: Log;
  /** Load the Tánh Linh example into an empty store. */
  readonly loadExample: boolean;
  readonly clock?: () => Date;
  readonly bodyLimit?: string;
  /** How the whole history is verified on request: @ocop/audit's verification by default. */
  readonly verifier?: Verifier;
  /** How long `close` lets the requests in flight finish before it cuts their connections: 10 s by default. */
  readonly shutdownGraceMs?: number;
}

export interface RunningHost {
  readonly url: string;
  readonly port: number;
  /** The store as the host writes it: through the sealing store. */
  readonly store: EventStore;
  readonly tokenSecret: Uint8Array;
  /** Settles when the read models have caught up with the store. */
  readonly caughtUp: () => Promise<void>;
  /**
   * Answers `/readyz` 503 from now on, lets the requests in flight finish within the grace period and cuts
   * the connections left after it, then stops the projections and closes the stores. Rejects when the event
   * store fails to close.
   */
  readonly close: () => Promise<void>;
}

export type StartError = { readonly _tag: 'StartFailed'; readonly message: string };
const failed = (message: string): E.Either<StartError, never> => E.left({ _tag: 'StartFailed', message });

/**
 * Stops accepting connections and resolves once none is left: idle keep-alive connections are closed at once
 * and then every 100 ms, as the requests in flight finish (Node would keep their connections alive), and those
 * still busy when the grace period ends are destroyed, so that a client that never finishes its request cannot
 * hold the host up.
 */
const stopServing = (server: Server, graceMs: number): Promise<void> =>
  new Promise((done) => {
    const sweep = setInterval(() => server.closeIdleConnections(), 100);
    const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(deadline);
      done();
    });
    server.closeIdleConnections();
  });

const isEmpty = async (store: EventStore): Promise<E.Either<string, boolean>> => {
  for await (const page of store.readAll({ batchSize: 1 })) {
    if (E.isLeft(page)) return E.left(page.left._tag);
    return E.right(page.right.length === 0);
  }
  return E.right(true);
};

/**
 * Starts the host over the store a URL names: secrets, the store behind the sealing store, keys beside it,
 * the Tánh Linh example in an empty store, the projections (catch-up, then live), and the HTTP server.
 */
export const startHost = async (options: HostOptions): Promise<E.Either<StartError, RunningHost>> => {
  const cwd = process.cwd();
  const clock = options.clock ?? (() => new Date());
  const log = options.log;
  const tokenSecret = loadSecret(options.env, 'OCOP_TOKEN_SECRET', tokenSecretPath(options.dataDir));
  if (E.isLeft(tokenSecret)) return failed(tokenSecret.left.message);
  const clockMs = clockMsFrom(options.env);
  if (E.isLeft(clockMs)) return failed(describeFailure(clockMs.left));

  const location = parseStoreUrl(options.storeUrl);
  if (E.isLeft(location)) return failed(describeConnectError(location.left));
  const opened = await openStore(options.storeUrl);
  if (E.isLeft(opened)) return failed(describeConnectError(opened.left));
  const raw = opened.right;
  const personal = await openPersonalKeys({
    env: options.env,
    location: location.right,
    cwd,
    dataDir: options.dataDir,
    createMasterKey: true,
  });
  if (E.isLeft(personal)) {
    await raw.close();
    return failed(personal.left);
  }
  const { keys, masterKey } = personal.right;
  const vaults = switchableVault(personal.right.vault);
  const vault: Vault = vaults.vault;
  const store = sealingStore(raw, vault, () => instantOf(clock()));
  const ledger: Ledger = createLedger(store);

  const empty = await isEmpty(store);
  if (E.isLeft(empty)) {
    await Promise.all([raw.close(), keys.close()]);
    return failed(`the store cannot be read: ${empty.left}`);
  }
  if (empty.right && options.loadExample) {
    log({ level: 'info', msg: 'empty store: loading the Tánh Linh example' });
    await loadTanhLinh(store);
  }

  const storage = await openProjectionStorage(location.right, cwd, options.dataDir);
  if (E.isLeft(storage)) {
    await Promise.all([raw.close(), keys.close()]);
    return failed(storage.left);
  }
  // The read models are kept by threads of their own, which open the store and the storage again by address:
  // folding never holds up a request, and a rebuild uses two cores.
  const runner: Runner = createThreadedRunner({
    parts: { module: moduleBeside(import.meta.url, 'runner-parts'), data: { storeUrl: options.storeUrl, cwd, dataDir: options.dataDir } },
    groups: twoThreadGroups,
  });
  const started = await runner.start();
  if (E.isLeft(started)) {
    await Promise.all([raw.close(), keys.close(), storage.right.close()]);
    return failed(describeRunnerError(started.left));
  }
  let ready = false;
  const caughtUp = runner.caughtUp().then(() => {
    ready = true;
    log({ level: 'info', msg: 'read models caught up' });
  });
  void runner.done.then((r) => {
    if (E.isLeft(r)) log({ level: 'error', msg: 'the projections stopped', error: describeRunnerError(r.left) });
  });

  const deps: HostDeps = {
    store,
    ledger,
    vault,
    keys,
    storage: storage.right,
    readModels: allReadModels,
    verifications: verifications(store, options.verifier ?? auditVerifier, clock),
    rotate: masterKeyRotation({ keys, initial: masterKey, dataDir: options.dataDir, replaceVault: vaults.replace }),
    clock,
    log,
    ready: () => ready,
  };
  // The read models of past days, shared by every query route; closed with the host.
  const views = asOfViews(deps);
  const release = async () => {
    await runner.stop();
    await views.close();
    await Promise.all([raw.close(), keys.close(), storage.right.close()]);
  };
  let routes: ReadonlyArray<AnyRoute>;
  try {
    routes = apiRoutes(deps, views);
  } catch (e) {
    await release();
    return failed(`the routes cannot be made: ${e instanceof Error ? e.message : String(e)}`);
  }
  let closing: Promise<void> | undefined;
  const app = createApp({
    routes,
    tokenSecret: tokenSecret.right.key,
    log,
    extra: (a) => {
      mountStopping(a, () => closing !== undefined);
      mountExtras(a, deps, routes, tokenSecret.right.key);
    },
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
  });

  const server: Server = await new Promise((ok) => {
    const s = app.listen(options.port, options.hostname ?? '127.0.0.1', () => ok(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : options.port;
  const url = `http://${options.hostname ?? '127.0.0.1'}:${port}`;
  log({ level: 'info', msg: 'listening', url, store: redactStoreUrl(options.storeUrl) });
  const hostClock = startClock({ ledger, storage: storage.right, clock, log }, clockMs.right, caughtUp);

  return E.right({
    url,
    port,
    store,
    tokenSecret: tokenSecret.right.key,
    caughtUp: () => caughtUp,
    close: () =>
      (closing ??= (async () => {
        await stopServing(server, options.shutdownGraceMs ?? defaultShutdownGraceMs);
        await hostClock.stop();
        await runner.stop();
        await views.close();
        await storage.right.close();
        await keys.close();
        const closed = await raw.close();
        if (E.isLeft(closed)) throw new Error(`the event store did not close: ${describeStoreError(closed.left)}`);
        log({ level: 'info', msg: 'stopped' });
      })()),
  });
};
