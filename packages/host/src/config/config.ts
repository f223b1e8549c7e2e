import { resolve } from 'node:path';
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { decodeWith, strict, type ValidationFailure } from '@ocop/kernel';
import { chooseStoreUrl } from '@ocop/connect';

const Port = t.refinement(t.string, (s) => /^\d{1,5}$/.test(s) && Number(s) > 0 && Number(s) < 65536, 'Port');
const Milliseconds = t.refinement(t.string, (s) => /^\d{1,7}$/.test(s), 'Milliseconds');
/** At most 999 999 999 ms (11½ days): below the 2³¹ ms a Node timer takes. */
const ClockMilliseconds = t.refinement(t.string, (s) => /^\d{1,9}$/.test(s), 'ClockMilliseconds');

/** The environment the host reads; every other variable is ignored. */
const EnvCodec = strict(
  'Environment',
  {},
  {
    PORT: Port,
    OCOP_STORE: t.string,
    OCOP_TOKEN_SECRET: t.string,
    OCOP_MASTER_KEY: t.string,
    OCOP_STOP_GRACE_MS: Milliseconds,
    OCOP_CLOCK_MS: ClockMilliseconds,
  },
);
const ClockEnvCodec = strict('Environment', {}, { OCOP_CLOCK_MS: ClockMilliseconds });

export interface HostConfig {
  readonly port: number;
  readonly storeUrl: string;
  /** Where the token secret and the master key are kept when the environment does not give them. */
  readonly dataDir: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** How long the requests in flight may take to finish once the host is told to stop. */
  readonly shutdownGraceMs: number;
}

/** The grace period of a host that is told to stop, when OCOP_STOP_GRACE_MS does not say. */
export const defaultShutdownGraceMs = 10_000;

/** How often the host's clock records the expiries and lapses due, when OCOP_CLOCK_MS does not say: hourly. */
export const defaultClockMs = 3_600_000;

const given = (env: Readonly<Record<string, string | undefined>>, keys: ReadonlyArray<string>): Record<string, string> =>
  Object.fromEntries(keys.flatMap((k) => (env[k] === undefined || env[k] === '' ? [] : [[k, env[k]]])));

/** OCOP_CLOCK_MS: the period of the host's clock in milliseconds (an hour by default); 0 turns it off. */
export const clockMsFrom = (env: Readonly<Record<string, string | undefined>>): E.Either<ValidationFailure, number> =>
  E.map((e: t.TypeOf<typeof ClockEnvCodec>) => (e.OCOP_CLOCK_MS === undefined ? defaultClockMs : Number(e.OCOP_CLOCK_MS)))(
    decodeWith(ClockEnvCodec, 'environment')(given(env, ['OCOP_CLOCK_MS'])),
  );

/**
 * PORT (3000), OCOP_STORE (`sqlite:./data/ocop.sqlite`), secrets from the environment or ./data,
 * OCOP_STOP_GRACE_MS (10000); OCOP_CLOCK_MS is checked here and read by the host (`clockMsFrom`).
 */
export const configFrom = (env: Readonly<Record<string, string | undefined>>, cwd: string): E.Either<ValidationFailure, HostConfig> => {
  const picked = given(env, ['PORT', 'OCOP_STORE', 'OCOP_TOKEN_SECRET', 'OCOP_MASTER_KEY', 'OCOP_STOP_GRACE_MS', 'OCOP_CLOCK_MS']);
  return E.map((e: t.TypeOf<typeof EnvCodec>) => ({
    port: Number(e.PORT ?? '3000'),
    storeUrl: chooseStoreUrl(undefined, env),
    dataDir: resolve(cwd, 'data'),
    env,
    shutdownGraceMs: e.OCOP_STOP_GRACE_MS === undefined ? defaultShutdownGraceMs : Number(e.OCOP_STOP_GRACE_MS),
  }))(decodeWith(EnvCodec, 'environment')(picked));
};

export const tokenSecretPath = (dataDir: string): string => resolve(dataDir, 'token.secret');
export const masterKeyPath = (dataDir: string): string => resolve(dataDir, 'master.key');
