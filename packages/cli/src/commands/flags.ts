/** Arguments split into positionals, `--name value` options and `--switch`es, or the reason they do not fit. */
export type Parsed =
  | {
      readonly ok: true;
      readonly positional: ReadonlyArray<string>;
      readonly options: Readonly<Record<string, string>>;
      readonly switches: ReadonlySet<string>;
    }
  | { readonly ok: false; readonly message: string };

/**
 * Reads `--name value` and `--name=value` for the options named in `known`, and the bare `--switch`es named
 * in `switchNames`; anything else starting with `--` is refused.
 */
export const parseFlags = (args: ReadonlyArray<string>, known: ReadonlyArray<string>, switchNames: ReadonlyArray<string> = []): Parsed => {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  const switches = new Set<string>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const [name = '', inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switchNames.includes(name) && inline === undefined) {
      if (switches.has(name)) return { ok: false, message: `--${name} is given twice` };
      switches.add(name);
      continue;
    }
    if (!known.includes(name)) return { ok: false, message: `unknown option --${name}` };
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return { ok: false, message: `--${name} needs a value` };
    if (name in options) return { ok: false, message: `--${name} is given twice` };
    options[name] = value;
  }
  return { ok: true, positional, options, switches };
};
