import * as t from 'io-ts';

/**
 * A programme plan's id: its area's codes and its year, as its stream names it, e.g. `60.599.2024`
 * (province 60, district 599, year 2024) or `68.2026`.
 */
export const PlanId = t.refinement(t.string, (s) => /^\d{2}(\.\d{3})?(\.\d{5})?\.\d{4}$/.test(s), 'PlanId');

/** The area and year a plan id names. */
export const planIdParts = (
  id: string,
): { readonly province: string; readonly district?: string; readonly commune?: string; readonly year: number } => {
  const parts = id.split('.');
  const year = Number(parts[parts.length - 1]);
  const codes = parts.slice(0, -1);
  const province = codes[0] ?? '';
  const district = codes.find((c) => c.length === 3);
  const commune = codes.find((c) => c.length === 5);
  return { province, year, ...(district === undefined ? {} : { district }), ...(commune === undefined ? {} : { commune }) };
};
