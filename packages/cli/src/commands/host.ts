import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What the store-using commands need besides `CommandIO`: the environment, the caller's directory, files to write. */
export interface CommandHost {
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The directory the user ran the command from: relative paths (a report, a SQLite file) start there. */
  readonly cwd: string;
  readonly writeText: (path: string, text: string) => Promise<void>;
}

/** The real process: pnpm runs scripts from the workspace root and keeps the caller's directory in INIT_CWD. */
export const processHost = (): CommandHost => {
  const cwd = process.env['INIT_CWD'] ?? process.cwd();
  return { env: process.env, cwd, writeText: (path, text) => writeFile(resolve(cwd, path), text, 'utf8') };
};
