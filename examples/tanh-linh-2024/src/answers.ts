import { criteriaOf, type Answers, type Criterion, type Sheet, type Stars } from '@ocop/rules';

interface Step {
  readonly answer: number;
  readonly points: number;
}

/** A criterion's options from worst to best, as the answers that tick them (yes/no: 0 then 1). */
const ladder = (c: Criterion): ReadonlyArray<Step> =>
  c.kind === 'yesNo'
    ? [
        { answer: 0, points: 0 },
        { answer: 1, points: c.max },
      ]
    : c.options.map((o, i) => ({ answer: i + 1, points: o.points })).sort((a, b) => a.points - b.points || a.answer - b.answer);

/**
 * The points a criterion must keep for `stars`: its strongest marker at or below that level, and never 0 on
 * a criterion whose zero stops the assessment (the knock-outs of sheets 16, 19 and 20).
 */
const floorFor = (c: Criterion, stars: Stars, stops: ReadonlySet<string>): number => {
  const marked =
    stars < 3 ? 0 : Math.max(0, ...c.options.filter((o) => o.minStars !== undefined && o.minStars <= stars).map((o) => o.points));
  const positive = Math.min(
    ...ladder(c)
      .map((s) => s.points)
      .filter((p) => p > 0),
  );
  return stops.has(c.code) ? Math.max(marked, positive) : marked;
};

/** The minimum of the next level, where the criterion has a marker of its own for it. */
const nextRequirement = (c: Criterion, stars: Stars): number | undefined => {
  const marked = c.options.filter((o) => o.minStars === stars + 1).map((o) => o.points);
  return marked.length > 0 ? Math.max(...marked) : undefined;
};

/**
 * Invented answers a council member could give: the minimum markers of `stars` met, the next level's missed
 * on one criterion (so that the star is what the story says), and a total within a point or two of `total`.
 * Deterministic, so that the example tells the same story every time.
 */
export const answersFor = (sheet: Sheet, stars: Stars, total: number): Answers => {
  const criteria = criteriaOf(sheet);
  const stops = new Set(sheet.knockOuts.flatMap((k) => (k.trigger.kind === 'zeroOn' ? k.trigger.criteria : [])));
  const floor = (c: Criterion, s: Stars): number => floorFor(c, s, stops);
  const chosen = new Map<string, Step>(criteria.map((c) => [c.code, ladder(c)[ladder(c).length - 1] ?? { answer: 1, points: 0 }]));
  const sum = (): number => [...chosen.values()].reduce((n, s) => n + s.points, 0);

  if (stars >= 3 && stars < 5) {
    const capped = criteria.find((c) => {
      const required = nextRequirement(c, stars);
      return required !== undefined && ladder(c).some((s) => s.points < required && s.points >= floor(c, stars));
    });
    const required = capped ? nextRequirement(capped, stars) : undefined;
    if (capped && required !== undefined) {
      const below = ladder(capped).filter((s) => s.points < required && s.points >= floor(capped, stars));
      const step = below[below.length - 1];
      if (step) chosen.set(capped.code, step);
    }
  }

  for (let lowered = true; sum() > total && lowered;) {
    lowered = false;
    for (const c of criteria) {
      const current = chosen.get(c.code)?.points ?? 0;
      const lower = ladder(c).filter((s) => s.points < current && s.points >= floor(c, stars));
      const step = lower[lower.length - 1];
      if (step && sum() - (current - step.points) >= total - 1) {
        chosen.set(c.code, step);
        lowered = true;
      }
      if (sum() <= total) break;
    }
  }
  return Object.fromEntries([...chosen].map(([code, s]) => [code, s.answer]));
};
