// How fast the rules score: single sheets and council results on the QĐ 26/2026 sheets.
// An audit of the national history (~10,000 evaluations a year, ~8 sheets each) re-scores every sheet.
import { either as E } from 'fp-ts';
import { councilResult, criteriaOf, defaultCouncilRules, qd26_2026, qd26Catalogue, scoreSheet, type Answers } from '../src/index.js';

const randomAnswers = (seed: number): Array<{ sheet: (typeof qd26Catalogue.sheets)[number]; answers: Answers }> => {
  let x = seed;
  const next = (n: number): number => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x % n;
  };
  return Array.from({ length: 2000 }, () => {
    const sheet = qd26Catalogue.sheets[next(26)]!;
    const answers = Object.fromEntries(criteriaOf(sheet).map((c) => [c.code, c.kind === 'yesNo' ? next(2) : 1 + next(c.options.length)]));
    return { sheet, answers };
  });
};

const measure = (label: string, ops: number, run: () => void): { label: string; opsPerSecond: number; ms: number } => {
  run(); // warm up
  const start = performance.now();
  run();
  const ms = performance.now() - start;
  const opsPerSecond = Math.round((ops / ms) * 1000);
  console.log(`${label.padEnd(40)} ${opsPerSecond.toLocaleString('en').padStart(12)} /s  (${ops} in ${ms.toFixed(1)} ms)`);
  return { label, opsPerSecond, ms };
};

const inputs = randomAnswers(42);
const sheets = measure('score one sheet', inputs.length * 10, () => {
  for (let i = 0; i < 10; i++)
    for (const { sheet, answers } of inputs) if (E.isLeft(scoreSheet(qd26_2026, sheet, { answers }))) throw new Error('invalid');
});

const members = ['chair', 'm1', 'm2', 'm3', 'm4', 'm5', 'm6', 'm7'];
const rice = qd26Catalogue.sheets[2]!;
const riceInputs = randomAnswers(7).filter((x) => x.sheet === rice);
const councils = measure('council result (8 sheets, same product)', 2000, () => {
  for (let i = 0; i < 2000; i++) {
    const base = riceInputs[i % riceInputs.length]!.answers;
    councilResult({
      ruleSet: qd26_2026,
      sheet: rice,
      level: 'province',
      members,
      chair: 'chair',
      recused: [],
      rules: { ...defaultCouncilRules, spreadLimit: 100 },
      mode: 'meeting',
      sheets: members.map((member) => ({ member, input: { answers: base } })),
    });
  }
});

console.log(`BENCH_JSON ${JSON.stringify({ benchmark: 'rules-scoring', node: process.version, results: [sheets, councils] })}`);
