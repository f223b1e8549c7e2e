import type { CommandIO } from '../src/index.js';

/** An in-memory CommandIO: files from a record, outputs collected. */
export const fakeIO = (files: Readonly<Record<string, string>> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    readText: (path) => {
      const text = files[path];
      return text === undefined ? Promise.reject(Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' })) : Promise.resolve(text);
    },
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
  };
  return { io, out, err };
};
