// Shared by the stores' benchmarks: a store and the raw driver doing the same work, measured in turn in the
// same run, best of a few rounds each, printed and collected. Besides wall-clock rates, the ratio of this
// process's CPU time per operation is kept: on a machine busy with other work it varies much less, and it is
// the store's own overhead (for PostgreSQL, the server's work is not in it).

export interface Comparison {
  readonly label: string;
  readonly opsPerSecond: number;
  readonly rawOpsPerSecond: number;
  /** store rate / raw rate, wall clock */
  readonly ratio: number;
  /** raw CPU time / store CPU time, this process only */
  readonly cpuRatio: number;
}

const measure = async (ops: number, run: () => Promise<void> | void): Promise<{ readonly rate: number; readonly cpuPerOp: number }> => {
  const cpu = process.cpuUsage();
  const start = performance.now();
  await run();
  const used = process.cpuUsage(cpu);
  return { rate: Math.round((ops / (performance.now() - start)) * 1000), cpuPerOp: (used.user + used.system) / ops };
};

const round2 = (n: number): number => Math.round(n * 100) / 100;

export const comparisons = () => {
  const results: Comparison[] = [];
  return {
    results,
    /** Runs `store` and `raw` alternately `rounds` times (each gets the round number) and reports the best of each. */
    compare: async (
      label: string,
      ops: number,
      store: (round: number) => Promise<void>,
      raw: (round: number) => Promise<void> | void,
      rounds = 3,
    ): Promise<Comparison> => {
      let [best, bestRaw, cpu, cpuRaw] = [0, 0, Infinity, Infinity];
      for (let round = 0; round < rounds; round++) {
        const s = await measure(ops, () => store(round));
        const r = await measure(ops, () => raw(round));
        [best, bestRaw, cpu, cpuRaw] = [
          Math.max(best, s.rate),
          Math.max(bestRaw, r.rate),
          Math.min(cpu, s.cpuPerOp),
          Math.min(cpuRaw, r.cpuPerOp),
        ];
      }
      const result = { label, opsPerSecond: best, rawOpsPerSecond: bestRaw, ratio: round2(best / bestRaw), cpuRatio: round2(cpuRaw / cpu) };
      results.push(result);
      const figure = (n: number): string => n.toLocaleString('en').padStart(9);
      const percent = (n: number): string => `${Math.round(n * 100)}%`.padStart(5);
      console.log(
        `${label.padEnd(52)} store ${figure(best)} /s   raw ${figure(bestRaw)} /s   ${percent(result.ratio)}   cpu ${percent(result.cpuRatio)}`,
      );
      return result;
    },
  };
};
