import { either as E } from 'fp-ts';
import { parseStreamName, type StreamName } from '@ocop/eventstore';

/**
 * Where the store keeps things in EventStoreDB. A port stream `Dossier-42` is the EventStoreDB stream
 * `Dossier-42` (or `<namespace>.Dossier-42`), so that EventStoreDB's own category projections see the
 * store's categories. Event-id claims live in `ocop:eventId-<id>` streams, whose names no port stream can
 * take (a category holds no ":").
 */
export interface Layout {
  readonly esdbStream: (stream: StreamName) => string;
  /** The port stream an EventStoreDB stream holds; `undefined` for anything else (system streams, claims, other namespaces). */
  readonly storeStream: (esdbStream: string) => StreamName | undefined;
  readonly claimStream: (eventId: string) => string;
  /** The server-side filter of subscriptions: the store's own streams, hence no `$` system stream and no claim. */
  readonly streamRegex: string;
}

export const layoutOf = (namespace: string | undefined): Layout => {
  const prefix = namespace === undefined ? '' : `${namespace}.`;
  return {
    esdbStream: (stream) => `${prefix}${stream}`,
    storeStream: (esdbStream) => {
      if (!esdbStream.startsWith(prefix)) return undefined;
      const name = parseStreamName(esdbStream.slice(prefix.length));
      return E.isRight(name) ? name.right : undefined;
    },
    claimStream: (eventId) => `${prefix}ocop:eventId-${eventId}`,
    // The namespace holds only [a-z0-9_]; its "." is escaped.
    streamRegex: `^${prefix.replace('.', '\\.')}[A-Za-z][A-Za-z0-9]*-`,
  };
};
