// Stopping the host: `/readyz` turns 503 as soon as it begins, the requests in flight are answered, and a
// client that never finishes its request is cut off after the grace period instead of holding the host up.
// The clients speak HTTP/1.1 over raw sockets, so that a request can be left half sent: its headers ask
// `Expect: 100-continue`, and the server's `100 Continue` says that the request is in flight.
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { either as E } from 'fp-ts';
import { silentLog, startHost, type RunningHost } from '../src/index.js';
import { at } from './support/host.js';
import { startMainProcess } from './support/main-process.js';

/** A body that the body parser waits for; it has no token, so once whole it is answered 401. */
const body = JSON.stringify({ subjectId: 'held-open' });

interface HalfSentRequest {
  /** Sends the rest of the body, and after it whatever `then` holds (a pipelined request). */
  readonly finish: (then?: string) => void;
  /** Everything the server sent, once it closed the connection. */
  readonly cut: Promise<string>;
  readonly socket: Socket;
}

/** A command whose headers are sent, and its body only begun: resolves once the server is waiting for the rest. */
const halfSentRequest = async (port: number): Promise<HalfSentRequest> => {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  const cut = new Promise<string>((done) => socket.on('close', () => done(received)));
  const inFlight = new Promise<void>((done) =>
    socket.on('data', (d: Buffer) => {
      received += d.toString();
      if (received.includes('100 Continue')) done();
    }),
  );
  socket.write(
    [
      'POST /api/subjects/held-open/commands/RegisterSubject HTTP/1.1',
      'Host: 127.0.0.1',
      'Content-Type: application/json',
      `Content-Length: ${Buffer.byteLength(body)}`,
      'Expect: 100-continue',
      '',
      '',
    ].join('\r\n'),
  );
  await inFlight;
  socket.write(body.slice(0, 5));
  return { finish: (then = '') => socket.write(body.slice(5) + then), cut, socket };
};

/** Turns a hang into a failure: what `p` resolves to, or 'still running' after a long while. */
const settled = async <A>(p: Promise<A>): Promise<A | 'still running'> => {
  let guard: NodeJS.Timeout | undefined;
  const late = new Promise<'still running'>((done) => (guard = setTimeout(() => done('still running'), 30_000)));
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(guard);
  }
};

const statuses = (text: string): ReadonlyArray<string> => [...text.matchAll(/HTTP\/1\.1 (\d{3}) /g)].map((m) => m[1] ?? '');

/** A host on a fresh SQLite store; the half-sent requests it is given are dropped before it is closed again. */
const withHost = async (
  shutdownGraceMs: number,
  run: (host: RunningHost, halfSent: () => Promise<HalfSentRequest>) => Promise<void>,
): Promise<void> => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-shutdown-'));
  const started = await startHost({
    storeUrl: `sqlite:${join(dir, 'ocop.sqlite')}`,
    dataDir: join(dir, 'data'),
    env: {},
    port: 0,
    log: silentLog,
    loadExample: false,
    shutdownGraceMs,
  });
  if (E.isLeft(started)) throw new Error(started.left.message);
  const sockets: Array<Socket> = [];
  const halfSent = async () => {
    const held = await halfSentRequest(started.right.port);
    sockets.push(held.socket);
    return held;
  };
  try {
    await started.right.caughtUp();
    await run(started.right, halfSent);
  } finally {
    for (const s of sockets) s.destroy();
    await started.right.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

test('given a request whose body never comes, when the host closes, then it closes after the grace period and cuts that request off', async () => {
  await withHost(200, async (host, halfSent) => {
    const held = await halfSent();

    assert.is(await settled(host.close()), undefined);
    const received = await held.cut;
    assert.equal(statuses(received), ['100'], 'the request was cut off, not answered');
  });
});

test('given a request in flight, when the host begins to stop, then /readyz answers 503 and the request is still answered', async () => {
  await withHost(60_000, async (host, halfSent) => {
    assert.is((await fetch(`${host.url}/readyz`)).status, 200);
    const held = await halfSent();

    const closed = host.close();
    // The body arrives after the host began to stop, with a readiness probe pipelined on the same connection.
    held.finish('GET /readyz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');

    assert.is(await settled(closed), undefined);
    const received = await held.cut;
    assert.equal(statuses(received), ['100', '401', '503']);
    assert.match(received, /"status":"stopping"/);
  });
});

test('pnpm start with OCOP_STOP_GRACE_MS: on SIGTERM a request that never finishes is cut off and the process exits 0', async () => {
  const main = startMainProcess({ OCOP_STOP_GRACE_MS: '200' });
  const { child, port, exited } = main;
  try {
    assert.match(await main.started(), /Demo tokens/);
    const held = await halfSentRequest(port);

    child.kill('SIGTERM');

    assert.is(await settled(exited), 0);
    assert.equal(statuses(await held.cut), ['100']);
    const lines = main
      .out()
      .trim()
      .split('\n')
      .map((l): unknown => JSON.parse(l));
    assert.ok(lines.some((l) => at(l, 'msg') === 'stopped'));
  } finally {
    main.dispose();
  }
});

test.run();
