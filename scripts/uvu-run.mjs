// Runs the given test files in this one process with uvu, then prints uvu's summary.
// Started by scripts/test.mjs with tsx loaded, so the files may be TypeScript.
import { pathToFileURL } from 'node:url';
import { relative } from 'node:path';

globalThis.UVU_DEFER = 1;
const { exec } = await import('uvu');

const files = process.argv.slice(2);
for (const [index, file] of files.entries()) {
  globalThis.UVU_QUEUE.push([relative(process.cwd(), file)]);
  globalThis.UVU_INDEX = index;
  await import(pathToFileURL(file).href);
}
await exec();
