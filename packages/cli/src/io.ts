import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';

/** What a command may touch: files to read and two output streams. Tests pass their own. */
export interface CommandIO {
  readonly readText: (path: string) => Promise<string>;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}

/** Exit codes: 0 done, 1 done and found problems (audit findings), 2 the input or the usage is wrong. */
export type ExitCode = 0 | 1 | 2;

export interface Command {
  readonly name: string;
  readonly usage: string;
  readonly summary: string;
  readonly run: (args: ReadonlyArray<string>, io: CommandIO) => Promise<ExitCode>;
}

/**
 * Files are read relative to the directory the user ran `pnpm ocop` from (pnpm runs scripts from the
 * workspace root and keeps the caller's directory in INIT_CWD).
 */
export const processIO = (): CommandIO => ({
  readText: (path) => readFile(resolve(process.env['INIT_CWD'] ?? process.cwd(), path), 'utf8'),
  out: (text) => void process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => void process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
});

/** Reads and parses a JSON file, or says in one line why it cannot. */
export const readJson = async (io: CommandIO, path: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> => {
  let text: string;
  try {
    text = await io.readText(path);
  } catch (e) {
    const code = e instanceof Error && 'code' in e ? String(e.code) : '';
    return {
      ok: false,
      message: code === 'ENOENT' ? `${path}: no such file` : `${path}: cannot be read (${e instanceof Error ? e.message : String(e)})`,
    };
  }
  try {
    const value: unknown = JSON.parse(text);
    return { ok: true, value };
  } catch (e) {
    return { ok: false, message: `${path} is not valid JSON: ${e instanceof Error ? e.message : String(e)}` };
  }
};
