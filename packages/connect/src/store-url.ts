import { either as E } from 'fp-ts';
import { redactStoreUrl, type ConnectError } from './errors.js';

/** Where the events are, as a URL names it. */
export type StoreLocation =
  | { readonly kind: 'sqlite'; readonly path: string }
  | { readonly kind: 'postgres'; readonly connectionString: string; readonly schema?: string }
  | { readonly kind: 'esdb'; readonly connectionString: string };

/** The store of a fresh installation, as the host and the command line default to it. */
export const defaultStoreUrl = 'sqlite:./data/ocop.sqlite';

const schemeOf = (url: string): string | undefined => /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase();

const sqlite = (url: string, rest: string): E.Either<ConnectError, StoreLocation> => {
  // sqlite:///abs/path and sqlite://rel/path read as the path after the slashes, like sqlite:/abs/path.
  const path = rest.startsWith('//') ? rest.slice(2) : rest;
  return path.length === 0
    ? E.left({ _tag: 'InvalidStoreUrl', url, reason: 'no file after "sqlite:"; write sqlite:./data/ocop.sqlite' })
    : E.right({ kind: 'sqlite', path });
};

/** `postgres://user@host:5432/db?schema=NAME`: the schema parameter is ours, the rest is PostgreSQL's. */
const postgres = (url: string): E.Either<ConnectError, StoreLocation> => {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return E.left({ _tag: 'InvalidStoreUrl', url: redactStoreUrl(url), reason: 'not a valid URL' });
  }
  if (parsed.hostname === '') return E.left({ _tag: 'InvalidStoreUrl', url: redactStoreUrl(url), reason: 'no host' });
  const schema = parsed.searchParams.get('schema');
  parsed.searchParams.delete('schema');
  return E.right({ kind: 'postgres', connectionString: parsed.toString(), ...(schema === null ? {} : { schema }) });
};

/**
 * Reads a store URL: `sqlite:./data/ocop.sqlite` (a file, relative to the working directory or absolute),
 * `postgres://…` or `postgresql://…` (with `?schema=NAME`, `ocop` by default), `esdb://…` or `esdb+discover://…` (as
 * the EventStoreDB client reads it).
 */
export const parseStoreUrl = (url: string): E.Either<ConnectError, StoreLocation> => {
  const scheme = schemeOf(url);
  switch (scheme) {
    case undefined:
      return E.left({ _tag: 'InvalidStoreUrl', url, reason: 'no scheme; write sqlite:PATH, postgres://… or esdb://…' });
    case 'sqlite':
      return sqlite(url, url.slice('sqlite:'.length));
    case 'postgres':
    case 'postgresql':
      return postgres(url);
    case 'esdb':
    case 'esdb+discover':
      return E.right({ kind: 'esdb', connectionString: url });
    default:
      return E.left({ _tag: 'UnsupportedStoreUrl', url: redactStoreUrl(url), scheme });
  }
};

/** The URL to use: the one given on the command line, else the environment's OCOP_STORE, else the default. */
export const chooseStoreUrl = (given: string | undefined, env: Readonly<Record<string, string | undefined>>): string => {
  const fromEnv = env['OCOP_STORE'];
  return given ?? (fromEnv !== undefined && fromEnv !== '' ? fromEnv : defaultStoreUrl);
};
