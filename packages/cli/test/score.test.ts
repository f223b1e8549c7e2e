import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runCli } from '../src/index.js';
import { fakeIO } from './fake-io.js';

const perfectAnswers = {
  '1.1': 3,
  '1.2': 3,
  '1.3': 3,
  '1.4': 3,
  '1.5': 4,
  '1.6': 3,
  '1.7': 2,
  '2.1': 3,
  '2.2': 4,
  '2.3': 3,
  '2.4': 1,
  '3.1': 3,
  '3.2': 2,
  '3.3': 3,
  '3.4': 2,
  '3.5': 3,
  '4.1': 4,
  '4.2': 4,
  '4.3': 5,
  '5.1': 5,
  '5.2': 3,
  '5.3': 4,
  '6.1': 3,
  '6.2': 4,
  '6.3': 4,
  '6.4': 4,
  '7': 3,
  '8': 4,
  '9': 3,
  '10': 3,
  '11': 2,
  '12': 3,
};
const perfectRice = JSON.stringify({ ruleSet: 'qd26-2026', sheet: 3, answers: perfectAnswers });

test('score prints the result as JSON and exits 0', async () => {
  const { io, out, err } = fakeIO({ 'rice.json': perfectRice });
  assert.is(await runCli(['score', 'rice.json'], io), 0);
  assert.equal(err, []);
  const printed: unknown = JSON.parse(out.join(''));
  assert.equal(printed, { total: 100, parts: { A: 40, B: 25, C: 35 }, bandStars: 5, minimumStars: 5, stars: 5, blocking: [] });
});

test('a missing file, bad JSON or a wrong answer exits 2 with a message naming the problem', async () => {
  const bad = JSON.stringify({ ruleSet: 'qd26-2026', sheet: 3, answers: { ...perfectAnswers, '6.1': 7 } });
  const { io, err, out } = fakeIO({
    'broken.json': '{"ruleSet": ',
    'bad.json': bad,
    'sheet.json': '{"ruleSet":"qd26-2026","sheet":40,"answers":{}}',
  });
  assert.is(await runCli(['score', 'missing.json'], io), 2);
  assert.is(await runCli(['score', 'broken.json'], io), 2);
  assert.is(await runCli(['score', 'bad.json'], io), 2);
  assert.is(await runCli(['score', 'sheet.json'], io), 2);
  assert.equal(out, []);
  assert.is(err[0], 'missing.json: no such file');
  assert.match(err[1] ?? '', /^broken\.json is not valid JSON/);
  assert.equal(err.slice(2, 4), ['bad.json: cannot be scored', '  - criterion 6.1: 7 is not an option; answer 1 to 3']);
  assert.equal(err.slice(4), ['sheet.json: cannot be scored', '  - sheet 40 is not in qd26-2026; its sheets are 1 to 26']);
});

test('usage errors exit 2; help exits 0', async () => {
  const { io, err } = fakeIO();
  assert.is(await runCli(['score'], io), 2);
  assert.is(await runCli(['score', 'a', 'b'], io), 2);
  assert.is(await runCli(['frobnicate'], io), 2);
  assert.is(await runCli([], io), 2);
  assert.is(await runCli(['help'], io), 0);
  assert.match(err.join('\n'), /unknown command "frobnicate"/);
});

test.run();
