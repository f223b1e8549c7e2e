// Shared by the stores' benchmarks: a store and the raw driver doing the same work, measured in turn in the
// same run, best of a few rounds each (the machine may be busy with other work), printed and collected.

export interface Comparison {
  readonly label: string;
  readonly opsPerSecond: number;
  readonly rawOpsPerSecond: number;
  readonly ratio: number;
}

const rate = async (ops: number, run: () => Promise<void> | void): Promise<number> => {
  const start = performance.now();
  await run();
  return Math.round((ops / (performance.now() - start)) * 1000);
};

export const comparisons = () => {
  const results: Comparison[] = [];
  return {
    results,
    /** Runs `store` and `raw` alternately `rounds` times (each gets the round number) and reports the best rates. */
    compare: async (
      label: string,
      ops: number,
      store: (round: number) => Promise<void>,
      raw: (round: number) => Promise<void> | void,
      rounds = 3,
    ): Promise<Comparison> => {
      let [best, bestRaw] = [0, 0];
      for (let round = 0; round < rounds; round++) {
        best = Math.max(best, await rate(ops, () => store(round)));
        bestRaw = Math.max(bestRaw, await rate(ops, () => raw(round)));
      }
      const result = { label, opsPerSecond: best, rawOpsPerSecond: bestRaw, ratio: Math.round((best / bestRaw) * 100) / 100 };
      results.push(result);
      const figure = (n: number): string => n.toLocaleString('en').padStart(9);
      console.log(`${label.padEnd(52)} store ${figure(best)} /s   raw ${figure(bestRaw)} /s   ${Math.round(result.ratio * 100)}%`);
      return result;
    },
  };
};
