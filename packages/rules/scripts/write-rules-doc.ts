// Writes docs/rules.md from the rule data (see rules-doc.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderRulesDoc } from './rules-doc.js';

const out = fileURLToPath(new URL('../../../docs/rules.md', import.meta.url));
writeFileSync(out, renderRulesDoc());
console.log(`wrote ${out}`);
