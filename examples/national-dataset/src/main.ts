// Writes the national data set into a SQLite file.
//   pnpm --filter @ocop/example-national-dataset start PATH [PRODUCTS] [SUBJECTS]
import { either as E } from 'fp-ts';
import { openSqliteStore } from '@ocop/store-sqlite';
import { populateNational } from './populate.js';

const [path = './data/national.sqlite', ...counts] = process.argv.slice(2);
const [products = 20_000, subjects = 10_000] = counts.map(Number);
if (counts.length > 2 || !Number.isSafeInteger(products) || !Number.isSafeInteger(subjects) || products < 1 || subjects < 1) {
  console.error(`usage: start PATH [PRODUCTS] [SUBJECTS], counts being whole numbers of 1 or more (given ${counts.join(' ')})`);
  process.exit(2);
}
// NORMAL in WAL mode: a crash loses at most the last transactions, never the file; fine for a generated set.
const opened = await openSqliteStore({ path, synchronous: 'NORMAL' });
if (E.isLeft(opened)) {
  console.error(`cannot open ${path}: ${JSON.stringify(opened.left)}`);
  process.exit(2);
}
const store = opened.right;
const started = performance.now();
const result = await populateNational(store, {
  products,
  subjects,
  progress: (phase, events) => process.stderr.write(`\r${phase.padEnd(30)} ${events.toLocaleString('en')} events`),
});
process.stderr.write('\n');
console.log(
  `${path}: ${result.events.toLocaleString('en')} events from ${result.commands.toLocaleString('en')} commands in ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
await store.close();
