#!/usr/bin/env node
// Rotates a master key given in the environment, with the host stopped, from the repository's root:
//   OCOP_STORE=… OCOP_MASTER_KEY=<old> OCOP_NEW_MASTER_KEY=<new> node --conditions=source --import tsx packages/host/src/rotate-master-key.ts
// Every person's key is re-wrapped under the new master key; then start the host with OCOP_MASTER_KEY=<new>
// and destroy the old one. (A master key kept in ./data/master.key is rotated by the running host:
// POST /api/admin/master-key/rotation.)
import { either as E } from 'fp-ts';
import { parseStoreUrl, describeConnectError, chooseStoreUrl } from '@ocop/connect';
import { rotateMasterKey } from '@ocop/privacy';
import { openKeyStore } from './server/key-store.js';

const key = (name: string): Buffer => {
  const k = Buffer.from(process.env[name] ?? '', 'base64');
  if (k.length !== 32) {
    process.stderr.write(`${name} must hold 32 bytes in base64\n`);
    process.exit(2);
  }
  return k;
};

const oldKey = key('OCOP_MASTER_KEY');
const newKey = key('OCOP_NEW_MASTER_KEY');
const location = parseStoreUrl(chooseStoreUrl(undefined, process.env));
if (E.isLeft(location)) {
  process.stderr.write(`${describeConnectError(location.left)}\n`);
  process.exit(2);
}
const keys = await openKeyStore(location.right, process.cwd(), `${process.cwd()}/data`);
if (E.isLeft(keys)) {
  process.stderr.write(`${keys.left}\n`);
  process.exit(1);
}
const rotated = await rotateMasterKey(keys.right, oldKey, newKey);
await keys.right.close();
if (E.isLeft(rotated)) {
  process.stderr.write(`nothing changed: ${rotated.left.message}\n`);
  process.exit(1);
}
process.stdout.write(`${rotated.right} keys re-wrapped; start the host with OCOP_MASTER_KEY set to the new key, and destroy the old one\n`);
