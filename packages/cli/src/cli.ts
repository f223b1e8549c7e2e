import { commands } from './commands/index.js';
import type { CommandIO, ExitCode } from './io.js';

const help = (): string =>
  ['usage: ocop COMMAND [ARGS]', '', 'commands:', ...commands.map((c) => `  ${c.usage.padEnd(34)} ${c.summary}`)].join('\n');

/** Runs one command line; never throws for bad input, only for defects. */
export const runCli = async (argv: ReadonlyArray<string>, io: CommandIO): Promise<ExitCode> => {
  const [name, ...args] = argv;
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`ocop: unknown command "${name}"\n${help()}`);
    return 2;
  }
  return command.run(args, io);
};
