// Runs every benchmark (packages/*/bench/*.bench.ts), one process each, one after the other so that
// they do not disturb each other's figures. Each prints its figures for people and ends with one line
// `BENCH_JSON {...}`, which is written to .bench/<package>-<name>.json.
// The packages are built first and a benchmark imports the others compiled, as their users run them: from
// sources, every worker thread would first compile its modules through tsx, and that would be measured too.
// Usage: pnpm bench [filter...]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const out = join(root, '.bench');
mkdirSync(out, { recursive: true });

const built = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-b'], { cwd: root, stdio: 'inherit' });
if (built.status !== 0) {
  process.stdout.write('✘ the packages do not build\n');
  process.exit(1);
}

const files = readdirSync(join(root, 'packages')).flatMap((pkg) => {
  const dir = join(root, 'packages', pkg, 'bench');
  return existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.bench.ts'))
        .map((f) => join(dir, f))
    : [];
});
const selected = files.filter((f) => filters.length === 0 || filters.some((x) => relative(root, f).includes(x)));

let failed = 0;
for (const file of selected) {
  const name = `${basename(join(file, '../..'))}-${basename(file, '.bench.ts')}`;
  process.stdout.write(`\n━━ ${relative(root, file)} ━━\n`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--expose-gc', file], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const lines = (run.stdout ?? '').split('\n');
  process.stdout.write(lines.filter((l) => !l.startsWith('BENCH_JSON ')).join('\n'));
  const json = lines.find((l) => l.startsWith('BENCH_JSON '));
  if (run.status !== 0 || !json) {
    failed++;
    process.stdout.write(`\n✘ ${name} failed (exit ${run.status})\n`);
    continue;
  }
  writeFileSync(join(out, `${name}.json`), JSON.stringify(JSON.parse(json.slice('BENCH_JSON '.length)), null, 2) + '\n');
  process.stdout.write(`→ .bench/${name}.json\n`);
}
process.exitCode = failed > 0 ? 1 : 0;
