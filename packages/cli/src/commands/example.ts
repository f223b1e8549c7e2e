import { either as E } from 'fp-ts';
import { describeStoreError } from '@ocop/connect';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import type { Command } from '../io.js';
import { parseFlags } from './flags.js';
import type { CommandHost } from './host.js';
import { withStore } from './store.js';

const usage = 'ocop example tanh-linh [--store URL]';

/** `ocop example tanh-linh`: writes the Tánh Linh 2022–2026 history into an empty store, to try the audit tools on. */
export const exampleCommand = (host: CommandHost): Command => ({
  name: 'example',
  usage,
  summary: 'load the Tánh Linh 2022–2026 example into an empty store (--store URL, OCOP_STORE, or the default)',
  run: async (args, io) => {
    const parsed = parseFlags(args, ['store']);
    if (!parsed.ok || parsed.positional.length !== 1 || parsed.positional[0] !== 'tanh-linh') {
      io.err(`${parsed.ok ? 'ocop example: the example is tanh-linh' : `ocop example: ${parsed.message}`}\nusage: ${usage}`);
      return 2;
    }
    return withStore(host, io, parsed.options['store'], {}, async (store, url) => {
      for await (const page of store.readAll({ batchSize: 1 })) {
        io.err(
          E.isLeft(page)
            ? `${url} cannot be read: ${describeStoreError(page.left)}`
            : `${url} is not empty: the example is written into an empty store`,
        );
        return 2;
      }
      await loadTanhLinh(store);
      io.out(`The Tánh Linh example is in ${url}. Try: pnpm ocop audit verify --store ${url}`);
      return 0;
    });
  },
});
