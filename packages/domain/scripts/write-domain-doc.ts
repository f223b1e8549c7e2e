// Writes docs/domain.md from the codecs and the catalogue (see domain-doc.ts).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { renderDomainDoc } from './domain-doc.js';

const out = fileURLToPath(new URL('../../../docs/domain.md', import.meta.url));
writeFileSync(out, renderDomainDoc());
console.log(`wrote ${out}`);
