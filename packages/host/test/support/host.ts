// Test support: a host started on a fresh store (SQLite in a temporary directory, or a fresh PostgreSQL
// schema), tokens for it, and a small HTTP client that returns status, headers and parsed body.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { either as E } from 'fp-ts';
import pg from 'pg';
import { issueToken, silentLog, startHost, type Claims, type RunningHost } from '../../src/index.js';
import type { Verifier } from '../../src/audit/chain-verifier.js';

export const postgresUrl = process.env['OCOP_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

export const postgresReachable = async (): Promise<boolean> => {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
};

const dropSchemas = async (schemas: ReadonlyArray<string>): Promise<void> => {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`DROP SCHEMA IF EXISTS "${s}" CASCADE`);
  } finally {
    await client.end();
  }
};

export interface TestHost extends RunningHost {
  readonly storeUrl: string;
  readonly token: (claims: Claims, ttlSeconds?: number) => Promise<string>;
  /** Stops the host and removes its store. */
  readonly dispose: () => Promise<void>;
}

export const startTestHost = async (
  kind: 'sqlite' | 'postgres' | { readonly esdb: string },
  options: {
    readonly loadExample?: boolean;
    readonly clock?: () => Date;
    readonly bodyLimit?: string;
    readonly verifier?: Verifier;
    readonly env?: Readonly<Record<string, string>>;
  } = {},
): Promise<TestHost> => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-host-'));
  const schema = `ocop_host_${process.pid}_${randomBytes(3).toString('hex')}`;
  const storeUrl =
    kind === 'sqlite' ? `sqlite:${join(dir, 'ocop.sqlite')}` : kind === 'postgres' ? `${postgresUrl}?schema=${schema}` : kind.esdb;
  const started = await startHost({
    storeUrl,
    dataDir: join(dir, 'data'),
    // The host's own clock (expiries, lapses, reminders) only where a test asks for it: the real date moves on.
    env: { OCOP_CLOCK_MS: '0', ...options.env },
    port: 0,
    log: silentLog,
    loadExample: options.loadExample ?? true,
    ...(options.clock === undefined ? {} : { clock: options.clock }),
    ...(options.bodyLimit === undefined ? {} : { bodyLimit: options.bodyLimit }),
    ...(options.verifier === undefined ? {} : { verifier: options.verifier }),
  });
  if (E.isLeft(started)) throw new Error(started.left.message);
  const host = started.right;
  await host.caughtUp();
  return {
    ...host,
    storeUrl,
    token: (claims, ttl = 3600) => issueToken(host.tokenSecret, claims, ttl),
    dispose: async () => {
      await host.close();
      rmSync(dir, { recursive: true, force: true });
      if (kind === 'postgres') await dropSchemas([schema, `${schema}_read_models`]);
    },
  };
};

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: unknown;
  readonly text: string;
}

/** A field of a JSON answer, for assertions. */
export const at = (value: unknown, ...path: ReadonlyArray<string | number>): unknown =>
  path.reduce<unknown>((v, k) => (typeof v === 'object' && v !== null ? Object.getOwnPropertyDescriptor(v, k)?.value : undefined), value);

/** The array at a path of a JSON answer (empty when there is none), for assertions. */
export const items = (value: unknown, ...path: ReadonlyArray<string | number>): ReadonlyArray<unknown> => {
  const v = at(value, ...path);
  return Array.isArray(v) ? v.map((x: unknown) => x) : [];
};

export const client = (host: { readonly url: string }, token?: string) => {
  const call = async (method: string, path: string, body?: unknown, headers: Readonly<Record<string, string>> = {}): Promise<Answer> => {
    const res = await fetch(`${host.url}${path}`, {
      method,
      headers: {
        ...(token === undefined ? {} : { authorization: `Bearer ${token}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    const text = await res.text();
    let parsed: unknown = undefined;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, body: parsed, text };
  };
  return {
    get: (path: string, headers?: Readonly<Record<string, string>>) => call('GET', path, undefined, headers),
    post: (path: string, body?: unknown, headers?: Readonly<Record<string, string>>) => call('POST', path, body, headers),
    raw: call,
  };
};

/** Polls until `check` holds (the read models follow the store a moment later). */
export const eventually = async <A>(what: string, get: () => Promise<A>, check: (a: A) => boolean, timeoutMs = 30_000): Promise<A> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const a = await get();
    if (check(a)) return a;
    if (Date.now() > until) throw new Error(`${what}: not reached in ${timeoutMs} ms; last: ${JSON.stringify(a).slice(0, 500)}`);
    await new Promise((r) => setTimeout(r, 25));
  }
};
