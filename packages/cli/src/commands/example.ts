import { either as E } from 'fp-ts';
import { instantOf } from '@ocop/kernel';
import { describeStoreError } from '@ocop/connect';
import { loadTanhLinh } from '@ocop/example-tanh-linh-2024';
import { sealingStore } from '@ocop/privacy';
import type { Command } from '../io.js';
import { parseFlags } from './flags.js';
import type { CommandHost } from './host.js';
import { withPersonalKeys, withStore } from './store.js';

const usage = 'ocop example tanh-linh [--store URL]';

/**
 * `ocop example tanh-linh`: writes the Tánh Linh 2022–2026 history into an empty store, to try the audit tools
 * on. Its names are sealed with the keys the host keeps, as the host would write them.
 */
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
    const given = parsed.options['store'];
    return withStore(host, io, given, {}, async (raw, url) => {
      for await (const page of raw.readAll({ batchSize: 1 })) {
        io.err(
          E.isLeft(page)
            ? `${url} cannot be read: ${describeStoreError(page.left)}`
            : `${url} is not empty: the example is written into an empty store`,
        );
        return 2;
      }
      return withPersonalKeys(host, io, given, true, async (personal) => {
        await loadTanhLinh(sealingStore(raw, personal.vault, () => instantOf(new Date())));
        io.out(`The Tánh Linh example is in ${url}. Try: pnpm ocop audit verify --store ${url}`);
        return 0;
      });
    });
  },
});
