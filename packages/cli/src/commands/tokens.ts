import { either as E } from 'fp-ts';
import { decodeWith, describeFailure, foldVietnamese } from '@ocop/kernel';
import { ClaimsCodec, hostRoles, issueToken, loadSecret, parseTtl, tokenSecretPath } from '@ocop/host';
import type { Command, CommandIO, ExitCode } from '../io.js';

const usage = 'ocop tokens issue --role ROLE --org ORG --area CODE [--person PERSON_ID] [--subject SUBJECT_ID] [--ttl 12h]';

const options = ['role', 'org', 'area', 'person', 'subject', 'ttl'] as const;
type Option = (typeof options)[number];

const parse = (args: ReadonlyArray<string>): { ok: true; values: Partial<Record<Option, string>> } | { ok: false; message: string } => {
  const values: Partial<Record<Option, string>> = {};
  for (let i = 0; i < args.length; i += 2) {
    const flag = args[i] ?? '';
    const value = args[i + 1];
    const name = options.find((o) => `--${o}` === flag);
    if (name === undefined) return { ok: false, message: `unknown option ${flag}` };
    if (value === undefined || value.startsWith('--')) return { ok: false, message: `${flag} needs a value` };
    values[name] = value;
  }
  return { ok: true, values };
};

/** An account id from what the token names: its role, area, and its person, subject or organisation. */
const accountId = (v: Partial<Record<Option, string>>): string =>
  `${v.role ?? ''}:${v.area ?? ''}:${v.person ?? v.subject ?? foldVietnamese(v.org ?? '').replace(/[^a-z0-9]+/g, '-')}`;

/**
 * `ocop tokens issue …`: a bearer token for the reference host, signed with the host's secret
 * (OCOP_TOKEN_SECRET, or ./data/token.secret, created on first use with mode 0600: the host reads the same).
 * Prints the token alone on stdout: `TOKEN=$(pnpm -s ocop tokens issue …)`.
 */
export const tokensCommandWith = (env: Readonly<Record<string, string | undefined>>, dataDir: string): Command => ({
  name: 'tokens',
  usage,
  summary: `issue a bearer token for the host; roles: ${hostRoles.join(', ')}`,
  run: async (args: ReadonlyArray<string>, io: CommandIO): Promise<ExitCode> => {
    const [verb, ...rest] = args;
    if (verb !== 'issue') {
      io.err(`usage: ${usage}`);
      return 2;
    }
    const parsed = parse(rest);
    if (!parsed.ok) {
      io.err(`${parsed.message}\nusage: ${usage}`);
      return 2;
    }
    const v = parsed.values;
    const ttl = parseTtl(v.ttl ?? '12h');
    if (ttl === undefined) {
      io.err(`--ttl ${v.ttl ?? ''}: write a duration such as 90s, 30m, 12h or 7d`);
      return 2;
    }
    const claims = decodeWith(
      ClaimsCodec,
      'the token',
    )({
      sub: accountId(v),
      role: v.role,
      org: v.org,
      area: v.area,
      ...(v.person === undefined ? {} : { person: v.person }),
      ...(v.subject === undefined ? {} : { subject: v.subject }),
    });
    if (E.isLeft(claims)) {
      io.err(`${describeFailure(claims.left)}\nusage: ${usage}`);
      return 2;
    }
    const secret = loadSecret(env, 'OCOP_TOKEN_SECRET', tokenSecretPath(dataDir));
    if (E.isLeft(secret)) {
      io.err(secret.left.message);
      return 2;
    }
    io.out(await issueToken(secret.right.key, claims.right, ttl));
    return 0;
  },
});

export const tokensCommand: Command = tokensCommandWith(process.env, `${process.cwd()}/data`);
