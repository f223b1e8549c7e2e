import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { readFile } from 'node:fs/promises';
import * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { runCli, type CommandIO } from '@ocop/cli';

const Printed = t.type({
  total: t.number,
  parts: t.type({ A: t.number, B: t.number, C: t.number }),
  bandStars: t.number,
  minimumStars: t.number,
  stars: t.number,
  blocking: t.array(t.type({ criterion: t.string })),
});

// The example a reader runs first: it must keep saying what the README says it says.
test('the ST25 rice self-assessment reaches 71 points but 3 stars, held back by 2.3 and 5.1', async () => {
  const out: string[] = [];
  const io: CommandIO = {
    readText: (p) => readFile(new URL(`../${p}`, import.meta.url), 'utf8'),
    out: (t) => void out.push(t),
    err: (t) => void out.push(t),
  };
  assert.is(await runCli(['score', 'st25-rice.json'], io), 0);
  const decoded = Printed.decode(JSON.parse(out.join('')));
  if (E.isLeft(decoded)) throw new Error('the command printed something else than a score');
  const r = decoded.right;
  assert.is(r.total, 71);
  assert.equal(r.parts, { A: 32, B: 15, C: 24 });
  assert.equal([r.bandStars, r.minimumStars, r.stars], [4, 3, 3]);
  assert.equal(
    r.blocking.map((b) => b.criterion),
    ['2.3', '5.1'],
  );
});

test.run();
