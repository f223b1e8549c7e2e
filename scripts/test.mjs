// Runs every package's tests (and the cross-package tests in test/), one child process per
// package, two at a time, and ends with one line alone: "N passed, N failed".
// Usage: pnpm test [filter...]   (a filter keeps the groups whose folder contains it)
import { spawn } from 'node:child_process';
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { cpus } from 'node:os';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const concurrency = Number(process.env.TEST_CONCURRENCY ?? Math.max(1, Math.min(2, cpus().length)));
const groupTimeoutMs = Number(process.env.TEST_GROUP_TIMEOUT_MS ?? 8 * 60_000);

const testFiles = (dir) => {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') return [];
    if (statSync(path).isDirectory()) return testFiles(path);
    return /\.test\.ts$/.test(name) ? [path] : [];
  });
};

const packageDirs = ['packages', 'examples'].flatMap((top) =>
  existsSync(join(root, top)) ? readdirSync(join(root, top)).map((name) => join(root, top, name)) : [],
);

const groups = [
  ...packageDirs.map((dir) => ({ name: relative(root, dir), files: testFiles(join(dir, 'test')) })),
  { name: 'test', files: testFiles(join(root, 'test')) },
]
  .map((g) => ({ ...g, files: g.files.sort() }))
  .filter((g) => g.files.length > 0)
  .filter((g) => filters.length === 0 || filters.some((f) => g.name.includes(f)));

const runGroup = (group) =>
  new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', join(root, 'scripts/uvu-run.mjs'), ...group.files], {
      cwd: root,
      env: { ...process.env, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const timer = setTimeout(() => {
      output += `\n[test runner] ${group.name} exceeded ${groupTimeoutMs} ms; killed\n`;
      child.kill('SIGKILL');
    }, groupTimeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const total = Number(/Total:\s+(\d+)/.exec(output)?.[1] ?? NaN);
      const passed = Number(/Passed:\s+(\d+)/.exec(output)?.[1] ?? NaN);
      const skipped = Number(/Skipped:\s+(\d+)/.exec(output)?.[1] ?? 0);
      const summarised = Number.isFinite(total) && Number.isFinite(passed);
      // A crash before uvu's summary counts as one failure, so it can never pass silently.
      const failed = summarised ? total - passed + (code !== 0 && total === passed ? 1 : 0) : 1;
      resolve({ group, output, passed: summarised ? passed : 0, failed, skipped, code, signal, ms: Date.now() - started });
    });
  });

const results = [];
const queue = [...groups];
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    for (let group = queue.shift(); group; group = queue.shift()) {
      const result = await runGroup(group);
      results.push(result);
      process.stdout.write(`\n━━ ${group.name} (${(result.ms / 1000).toFixed(1)} s) ━━\n${result.output.trimEnd()}\n`);
    }
  }),
);

const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
const skipped = results.reduce((n, r) => n + r.skipped, 0);
process.stdout.write('\n');
for (const r of results.sort((a, b) => a.group.name.localeCompare(b.group.name))) {
  process.stdout.write(
    `${r.failed ? '✘' : '✔'} ${r.group.name}: ${r.passed} passed, ${r.failed} failed${r.skipped ? `, ${r.skipped} skipped` : ''}\n`,
  );
}
if (skipped) process.stdout.write(`(${skipped} skipped)\n`);
process.stdout.write(`${passed} passed, ${failed} failed\n`);
process.exitCode = failed > 0 || groups.length === 0 ? 1 : 0;
