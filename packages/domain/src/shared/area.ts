import * as t from 'io-ts';
import { strict } from '@ocop/kernel';

const code = (digits: string) => t.refinement(t.string, (s) => new RegExp(`^\\d{${digits}}$`).test(s), `${digits}-digit code`);

/**
 * Where a fact belongs, in the administrative codes in force when it was recorded: province and commune
 * (QĐ 19/2025/QĐ-TTg from 01/07/2025), and the district for facts recorded before districts were abolished
 * (QĐ 124/2004/QĐ-TTg codes). Codes are kept as recorded; the rules package maps them to today's units.
 */
export const AreaCodec = strict('Area', { province: code('2'), commune: code('5') }, { district: code('3') });
export type Area = t.TypeOf<typeof AreaCodec>;
