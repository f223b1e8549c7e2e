import { either as E } from 'fp-ts';
import type { Principal } from './claims.js';
import { verifyToken } from './tokens.js';
import { problem, type Problem } from '../http/problem.js';

const challenge = (error?: string): Readonly<Record<string, string>> => ({
  'WWW-Authenticate': error === undefined ? 'Bearer realm="ocop"' : `Bearer realm="ocop", error="${error}"`,
});

/** The principal of a bearer token (`Authorization: Bearer …`), or the 401 problem saying why not. */
export const authenticate = async (secret: Uint8Array, token: string | undefined): Promise<E.Either<Problem, Principal>> => {
  if (token === undefined)
    return E.left(problem(401, 'TokenRequired', 'send a bearer token (pnpm ocop tokens issue …)', { headers: challenge() }));
  const verified = await verifyToken(secret, token);
  if (E.isRight(verified)) return verified;
  const p =
    verified.left._tag === 'TokenExpired'
      ? problem(401, 'TokenExpired', 'the token has expired; issue a new one', { headers: challenge('invalid_token') })
      : problem(401, 'TokenInvalid', 'the token is not one this host issued, or it is malformed', { headers: challenge('invalid_token') });
  return E.left(p);
};

/** The token of an `Authorization: Bearer` header. */
export const bearerOf = (header: string | undefined): string | undefined => {
  const m = /^Bearer\s+([A-Za-z0-9._~+/-]+=*)\s*$/i.exec(header ?? '');
  return m?.[1];
};
