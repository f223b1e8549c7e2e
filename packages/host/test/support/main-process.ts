// `main.ts` run as `pnpm start` runs it, in a process of its own, in a fresh directory with nothing configured.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../../../..');

export interface MainProcess {
  readonly child: ChildProcess;
  readonly dir: string;
  readonly port: number;
  /** What it printed so far: JSON log lines on stdout, the banner and tokens on stderr. */
  readonly out: () => string;
  readonly err: () => string;
  readonly exited: Promise<number | null>;
  /** Resolves once the demo tokens are printed (up to 30 s), with stderr. */
  readonly started: () => Promise<string>;
  /** Kills it if it still runs and removes its directory. */
  readonly dispose: () => void;
}

export const startMainProcess = (extraEnv: Readonly<Record<string, string>> = {}): MainProcess => {
  const dir = mkdtempSync(join(tmpdir(), 'ocop-main-'));
  const port = 30000 + Math.floor(Math.random() * 20000);
  const env: Record<string, string | undefined> = { ...process.env, PORT: String(port), ...extraEnv };
  for (const k of ['OCOP_STORE', 'OCOP_TOKEN_SECRET', 'OCOP_MASTER_KEY']) if (!(k in extraEnv)) delete env[k];
  const child = spawn(
    process.execPath,
    ['--conditions=source', '--import', join(root, 'node_modules/tsx/dist/esm/index.mjs'), join(root, 'packages/host/src/main.ts')],
    { cwd: dir, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  let err = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return {
    child,
    dir,
    port,
    out: () => out,
    err: () => err,
    exited,
    started: async () => {
      for (let i = 0; i < 300 && !/Demo tokens/.test(err); i++) await new Promise((r) => setTimeout(r, 100));
      return err;
    },
    dispose: () => {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
};
