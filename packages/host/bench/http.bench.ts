// A mixed workload over HTTP against the host in its own process (as `pnpm start` runs it), on SQLite and
// on PostgreSQL: queries (product search, a product, the dossier pipeline, a round, a decision trail with
// personal names opened and the access recorded) and commands (registering subjects, each with a sealed
// representative) at the same time, 10 s per store by default (BENCH_SECONDS). Prints requests/s and p99
// latency of each, then one line `BENCH_JSON {...}`. Without PostgreSQL it says so and runs on SQLite alone;
// under CI=true, where PostgreSQL is started, its absence is a failure.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import pg from 'pg';
import { redactStoreUrl } from '@ocop/connect';
import { nonEmpty } from '@ocop/kernel';
import { issueToken } from '../src/index.js';

const seconds = Number(process.env['BENCH_SECONDS'] ?? 10);
const root = resolve(import.meta.dirname, '../../..');
const postgresUrl = process.env['OCOP_TEST_POSTGRES'] ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Why PostgreSQL cannot be reached, or undefined when it answers. */
const postgresUnreachable = async (): Promise<string | undefined> => {
  const client = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  } finally {
    await client.end().catch(() => undefined);
  }
};

const startHost = async (storeUrl: string, secret: string, port: number, cwd: string): Promise<ChildProcess> => {
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', join(root, 'node_modules/tsx/dist/esm/index.mjs'), join(root, 'packages/host/src/main.ts')],
    {
      cwd,
      env: {
        ...process.env,
        PORT: String(port),
        OCOP_STORE: storeUrl,
        OCOP_TOKEN_SECRET: secret,
        OCOP_MASTER_KEY: randomBytes(32).toString('base64'),
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  let errors = '';
  child.stderr?.on('data', (d: Buffer) => (errors += d.toString()));
  for (let i = 0; i < 600; i++) {
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.status === 200,
      () => false,
    );
    if (ready) return child;
    if (child.exitCode !== null) throw new Error(`the host stopped: ${errors}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`the host was not ready in 60 s: ${errors}`);
};

const stop = (child: ChildProcess): Promise<void> =>
  new Promise((done) => {
    child.on('exit', () => done());
    child.kill('SIGTERM');
  });

interface Figures {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly requests: number;
  readonly non2xx: number;
  readonly errors: number;
}

const figures = (r: autocannon.Result): Figures => ({
  requestsPerSecond: Math.round(r.requests.average),
  p50Ms: r.latency.p50,
  p99Ms: r.latency.p99,
  requests: r.requests.total,
  non2xx: r.non2xx,
  errors: r.errors,
});

const run = async (store: 'sqlite' | 'postgres') => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-bench-'));
  const schema = `ocop_bench_${process.pid}`;
  const storeUrl = store === 'sqlite' ? `sqlite:${join(dir, 'ocop.sqlite')}` : `${postgresUrl}?schema=${schema}`;
  const secret = randomBytes(32).toString('base64');
  const port = 20000 + Math.floor(Math.random() * 20000);
  const key = Buffer.from(secret, 'base64');
  const office = await issueToken(
    key,
    { sub: nonEmpty('bench-office'), role: 'provincialOffice', org: nonEmpty('VP NTM Lâm Đồng'), area: '68' },
    3600,
  );
  const commune = await issueToken(
    key,
    { sub: nonEmpty('bench-commune'), role: 'communeOfficer', org: nonEmpty('UBND xã Tánh Linh'), area: '23149' },
    3600,
  );
  const child = await startHost(storeUrl, secret, port, dir);
  try {
    const url = `http://127.0.0.1:${port}`;
    const auth = (token: string) => ({ authorization: `Bearer ${token}`, 'content-type': 'application/json' });
    const queries = autocannon({
      url,
      connections: 8,
      duration: seconds,
      requests: [
        { method: 'GET', path: '/api/products?text=gao', headers: auth(office) },
        { method: 'GET', path: '/api/products/cha-ca-that-lat', headers: auth(office) },
        { method: 'GET', path: '/api/dossiers?open=false&limit=20', headers: auth(office) },
        { method: 'GET', path: '/api/rounds/dot-lam-dong-2026-1', headers: auth(office) },
        { method: 'GET', path: '/api/products/cha-ca-that-lat/trail', headers: auth(office) },
      ],
    });
    let n = 0;
    const commands = autocannon({
      url,
      connections: 2,
      duration: seconds,
      requests: [
        {
          method: 'POST',
          headers: auth(commune),
          setupRequest: (req) => {
            const id = `bench-${process.pid}-${++n}`;
            return {
              ...req,
              path: `/api/subjects/${id}/commands/RegisterSubject`,
              body: JSON.stringify({
                subjectId: id,
                name: `HTX thử tải ${n}`,
                legalForm: 'cooperative',
                area: { province: '68', commune: '23149' },
                registration: { number: `48${n}`, issuedOn: '2026-01-05', issuer: 'Sở Tài chính tỉnh Lâm Đồng' },
                representative: { $personal: `rep-${id}`, value: { fullName: `Người đại diện ${n}` } },
                representativeFacts: {
                  $personal: `rep-${id}`,
                  sensitive: true,
                  value: { woman: n % 2 === 0, ethnicMinority: false, disability: false },
                },
              }),
            };
          },
        },
      ],
    });
    const [q, c] = await Promise.all([queries, commands]);
    return { store, seconds, queries: figures(q), commands: figures(c) };
  } finally {
    await stop(child);
    rmSync(dir, { recursive: true, force: true });
    if (store === 'postgres') {
      const client = new pg.Client({ connectionString: postgresUrl });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE; DROP SCHEMA IF EXISTS "${schema}_read_models" CASCADE`);
      await client.end();
    }
  }
};

const unreachable = await postgresUnreachable();
if (unreachable !== undefined) {
  console.log(`PostgreSQL not reachable on ${redactStoreUrl(postgresUrl)} (${unreachable}): skipped`);
  if (process.env['CI'] === 'true') {
    console.log('CI=true requires PostgreSQL: failed');
    process.exit(1);
  }
}
const results = [await run('sqlite'), ...(unreachable === undefined ? [await run('postgres')] : [])];
for (const r of results)
  for (const kind of ['queries', 'commands'] as const)
    console.log(
      `${r.store.padEnd(9)} ${kind.padEnd(9)} ${String(r[kind].requestsPerSecond).padStart(6)} req/s  p50 ${r[kind].p50Ms} ms  p99 ${r[kind].p99Ms} ms  (${r[kind].requests} requests, ${r[kind].non2xx} not 2xx, ${r[kind].errors} errors)`,
    );
console.log(
  `BENCH_JSON ${JSON.stringify({ benchmark: 'host-http', node: process.version, connections: { queries: 8, commands: 2 }, results })}`,
);
