// Derives the QĐ 26/2026 sheet catalogue (src/sheets/qd26-2026.json) from the machine extraction in
// ../shared/reference/qd26-2026-sheets.json, checked against the decision's text beside it.
// Every change to the extracted data is made here, explicitly, and recorded in the catalogue's
// `corrections` with its reason and the line of the text that supports it.
//
//   pnpm --filter @ocop/rules derive-sheets [REFERENCE_DIR]
//
// The output is committed; a test re-derives it whenever the reference files are present.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deriveQd26Catalogue } from './derive-qd26.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const referenceDir = resolve(process.argv[2] ?? resolve(here, '../../../../shared/reference'));
const extracted: unknown = JSON.parse(readFileSync(resolve(referenceDir, 'qd26-2026-sheets.json'), 'utf8'));
const text = readFileSync(resolve(referenceDir, 'qd26-2026-text.txt'), 'utf8');

const catalogue = deriveQd26Catalogue(extracted, text);
const out = resolve(here, '../src/sheets/qd26-2026.json');
writeFileSync(out, JSON.stringify(catalogue, null, 1) + '\n');
console.log(`wrote ${out}: ${catalogue.sheets.length} sheets, ${catalogue.corrections.length} corrections`);
