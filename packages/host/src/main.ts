#!/usr/bin/env node
// The reference host: `pnpm start`, from the repository's root. Serves on PORT over OCOP_STORE,
// loads the Tánh Linh example into an empty store, and prints a token for each demo role.
import { either as E } from 'fp-ts';
import { describeFailure } from '@ocop/kernel';
import { configFrom } from './config/config.js';
import { demoAccounts } from './auth/demo-accounts.js';
import { issueToken } from './auth/tokens.js';
import { jsonLog } from './http/log.js';
import { startHost } from './server/host.js';

const log = jsonLog((line) => process.stdout.write(line));
const config = configFrom(process.env, process.cwd());
if (E.isLeft(config)) {
  process.stderr.write(`ocop host: ${describeFailure(config.left)}\n`);
  process.exit(2);
}
const started = await startHost({ ...config.right, port: config.right.port, hostname: '0.0.0.0', log, loadExample: true });
if (E.isLeft(started)) {
  process.stderr.write(`ocop host: ${started.left.message}\n`);
  process.exit(1);
}
const host = started.right;
const address = `http://localhost:${host.port}`;
const lines = [`\nOCOP host at ${address}  (viewer: ${address}/viewer, API: ${address}/openapi.json)`, 'Demo tokens, valid 12 hours:'];
for (const a of demoAccounts) lines.push(`  ${a.label}:\n    ${await issueToken(host.tokenSecret, a.claims, 12 * 3600)}`);
lines.push(`e.g. curl -H "Authorization: Bearer <token>" ${address}/api/products?text=cha%20ca\n`);
process.stderr.write(`${lines.join('\n')}\n`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) return;
  stopping = true;
  log({ level: 'info', msg: 'stopping', signal });
  host.close().then(
    () => process.exit(0),
    (e: unknown) => {
      log({ level: 'error', msg: 'stopping failed', error: e instanceof Error ? e.message : String(e) });
      process.exit(1);
    },
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
