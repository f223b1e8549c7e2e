import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { either as E } from 'fp-ts';
import { openSqliteStore } from '@ocop/store-sqlite';
import { populateNational } from './populate.js';

// What the generator writes depends on itself and on the packages that decide, hash and store the events.
const sources = [
  'examples/national-dataset/src',
  'packages/kernel/src',
  'packages/rules/src',
  'packages/domain/src',
  'packages/eventstore/src',
  'packages/store-sqlite/src',
];
const root = fileURLToPath(new URL('../../../', import.meta.url));

const filesUnder = (dir: string): ReadonlyArray<string> =>
  readdirSync(dir, { withFileTypes: true })
    .flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]))
    .sort();

/** A short digest of the sources the data set depends on: a kept data set is reused only by the code that wrote it. */
export const generatorVersion = (): string => {
  const hash = createHash('sha256');
  for (const dir of sources)
    for (const file of filesUnder(join(root, dir))) hash.update(file.slice(root.length)).update(readFileSync(file));
  return hash.digest('hex').slice(0, 12);
};

export interface KeptDataset {
  readonly path: string;
  /** Set when this call generated it. */
  readonly generated?: { readonly events: number; readonly seconds: number };
}

/**
 * The national data set in a SQLite file under `dir`, generated on first use and kept for the next runs of the
 * benchmarks, under a name that says its seed, size and generator version: changed code writes a new file.
 */
export const keptNationalDataset = async (o: {
  readonly dir: string;
  readonly seed: number;
  readonly products: number;
  readonly subjects: number;
}): Promise<KeptDataset> => {
  const path = join(o.dir, `national-${o.seed}-${o.products}-${o.subjects}-${generatorVersion()}.sqlite`);
  if (existsSync(path)) return { path };
  // Written under another name and renamed when complete, so that an interrupted generation is never reused.
  mkdirSync(o.dir, { recursive: true });
  const partial = `${path}.partial`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(partial + suffix, { force: true });
  const started = performance.now();
  const opened = await openSqliteStore({ path: partial, synchronous: 'NORMAL' });
  if (E.isLeft(opened)) throw new Error(`cannot open ${partial}: ${JSON.stringify(opened.left)}`);
  const written = await populateNational(opened.right, { seed: o.seed, products: o.products, subjects: o.subjects });
  await opened.right.close();
  for (const suffix of ['-wal', '-shm']) rmSync(partial + suffix, { force: true });
  renameSync(partial, path);
  return { path, generated: { events: written.events, seconds: (performance.now() - started) / 1000 } };
};
