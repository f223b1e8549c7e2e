/** A small seeded generator (mulberry32): the same seed gives the same history. */
export const random = (seed: number) => {
  let a = seed >>> 0;
  const next = (): number => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    /** An integer from 0 to n − 1. */
    int: (n: number): number => Math.floor(next() * n),
    /** True with probability p. */
    chance: (p: number): boolean => next() < p,
    /** One of `items`, chosen with the given weights. */
    weighted: <A>(items: ReadonlyArray<readonly [A, number]>): A => {
      const total = items.reduce((n, [, w]) => n + w, 0);
      let r = next() * total;
      for (const [item, w] of items) {
        r -= w;
        if (r < 0) return item;
      }
      const last = items[items.length - 1];
      if (!last) throw new Error('weighted: no items');
      return last[0];
    },
  };
};

export type Random = ReturnType<typeof random>;
