// Test support: what the tests run against. With ESDB_CONNECTION_STRING set, that EventStoreDB server;
// otherwise a stand-in started in this process. Every store gets a fresh namespace, so that tests never
// see each other's events, on a real server as on the stand-in.
import { randomBytes } from 'node:crypto';
import { test } from 'uvu';
import { right, steppingClock } from '@ocop/eventstore/contract';
import type { EventStore } from '@ocop/eventstore';
import { openEsdbStore, type EsdbStoreOptions } from '../src/index.js';
import { startStandIn, type StandIn, type StandInOptions } from './standin/server.js';

export interface Target {
  /** For test names and the output: which server the tests ran against. */
  readonly name: string;
  readonly connectionString: string;
  /** The stand-in, when the tests run against it: for what only it can do (drop connections, stop). */
  readonly standIn: StandIn | undefined;
  readonly close: () => Promise<void>;
}

const fromEnvironment = process.env['ESDB_CONNECTION_STRING'];

export const openTarget = async (options: StandInOptions = {}): Promise<Target> => {
  if (fromEnvironment) {
    const name = `EventStoreDB at ${fromEnvironment.replace(/\/\/[^@/]*@/, '//')}`;
    return { name, connectionString: fromEnvironment, standIn: undefined, close: () => Promise.resolve() };
  }
  const standIn = await startStandIn(options);
  return { name: 'the stand-in', connectionString: standIn.connectionString, standIn, close: standIn.stop };
};

/** Says in the test output which server a file's tests ran against. */
export const announce = (file: string, target: Target): void => console.log(`store-esdb ${file}: running against ${target.name}`);

export const freshNamespace = (): string => `t${randomBytes(6).toString('hex')}`;

export const openStore = async (target: Target, options: Partial<EsdbStoreOptions> = {}): Promise<EventStore> =>
  right(
    await openEsdbStore({ connectionString: target.connectionString, namespace: freshNamespace(), clock: steppingClock(), ...options }),
    'opening the store',
  );

/** Registers a test that needs what only the stand-in can do; against a real server it is skipped, and says why. */
export const standInOnly = (target: Target, name: string, body: (standIn: StandIn) => Promise<void>): void => {
  const standIn = target.standIn;
  if (standIn) test(name, () => body(standIn));
  else test.skip(`${name} (needs the stand-in)`, () => undefined);
};
