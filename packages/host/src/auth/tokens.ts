import { either as E } from 'fp-ts';
import { SignJWT, jwtVerify, errors } from 'jose';
import { decodeWith } from '@ocop/kernel';
import { ClaimsCodec, principalOf, type Claims, type Principal } from './claims.js';

const issuer = 'ocop-host';
const audience = 'ocop-host';

/** Why a bearer token was not accepted; never which secret or which claim value was expected. */
export type TokenError = { readonly _tag: 'TokenExpired' } | { readonly _tag: 'TokenInvalid'; readonly reason: string };

/** A token of the host: HS256 over the claims, with issuer, audience, issue time and expiry. */
export const issueToken = async (secret: Uint8Array, claims: Claims, ttlSeconds: number, now: Date = new Date()): Promise<string> => {
  const iat = Math.floor(now.getTime() / 1000);
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(sub)
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt(iat)
    .setExpirationTime(iat + ttlSeconds)
    .sign(secret);
};

const registered = new Set(['iss', 'aud', 'iat', 'exp', 'nbf', 'jti']);

/** Checks the signature (HS256 only), issuer, audience and expiry, then the claims with their strict codec. */
export const verifyToken = async (secret: Uint8Array, token: string): Promise<E.Either<TokenError, Principal>> => {
  try {
    const { payload } = await jwtVerify(token, secret, { algorithms: ['HS256'], issuer, audience, requiredClaims: ['exp', 'iat', 'sub'] });
    const claims = Object.fromEntries(Object.entries(payload).filter(([k]) => !registered.has(k)));
    const decoded = decodeWith(ClaimsCodec, 'token claims')(claims);
    if (E.isLeft(decoded))
      return E.left({ _tag: 'TokenInvalid', reason: decoded.left.errors.map((e) => `${e.path}: ${e.message}`).join('; ') });
    return E.right(principalOf(decoded.right));
  } catch (e) {
    if (e instanceof errors.JWTExpired) return E.left({ _tag: 'TokenExpired' });
    return E.left({ _tag: 'TokenInvalid', reason: e instanceof Error ? e.message : 'unreadable token' });
  }
};

/** Durations as the command line takes them: `90s`, `30m`, `12h`, `7d`. */
export const parseTtl = (text: string): number | undefined => {
  const m = /^(\d{1,6})([smhd])$/.exec(text);
  if (!m?.[1] || !m[2]) return undefined;
  const unit: Readonly<Record<string, number>> = { s: 1, m: 60, h: 3600, d: 86400 };
  const seconds = Number(m[1]) * (unit[m[2]] ?? 0);
  return seconds > 0 ? seconds : undefined;
};
