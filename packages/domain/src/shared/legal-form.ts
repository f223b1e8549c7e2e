import * as t from 'io-ts';

/**
 * Who may apply (chủ thể OCOP), QĐ 26/2026 Art. 2.3: cooperatives, cooperative groups, small and medium
 * enterprises, farms, production and family households with a business registration; for the tourism group
 * also associations and operating centres (or equivalent bodies).
 */
export const LegalFormCodec = t.keyof({
  cooperative: null,
  cooperativeGroup: null,
  sme: null,
  farm: null,
  household: null,
  association: null,
  operatingCentre: null,
});
export type LegalForm = t.TypeOf<typeof LegalFormCodec>;

/** Forms admitted only for the community-tourism group (sheet 26). */
export const tourismOnlyForms: ReadonlyArray<LegalForm> = ['association', 'operatingCentre'];

/** Sheet 26 is the tourism sheet (Annex I, group VI). */
export const TOURISM_SHEET = 26;
