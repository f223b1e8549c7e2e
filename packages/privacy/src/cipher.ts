import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { either as E } from 'fp-ts';

/** AES-256-GCM: an authenticated cipher, so that a changed byte is refused, not misread. */
const ALG = 'aes-256-gcm';
const KEY_BYTES = 32;
const IV_BYTES = 12;

export interface Box {
  readonly iv: Buffer;
  readonly tag: Buffer;
  readonly data: Buffer;
}

/** A fresh random key: one per person, and the master key that wraps them. */
export const newKey = (): Buffer => randomBytes(KEY_BYTES);

export const isKey = (key: Uint8Array): boolean => key.length === KEY_BYTES;

/** Encrypts `plain` with `key`, binding it to `context` (authenticated but not secret). */
export const lock = (key: Buffer, plain: Buffer, context: string): Box => {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALG, key, iv);
  cipher.setAAD(Buffer.from(context, 'utf8'));
  const data = Buffer.concat([cipher.update(plain), cipher.final()]);
  return { iv, tag: cipher.getAuthTag(), data };
};

/** Decrypts a box, or says it cannot: a wrong key, a wrong context or a changed byte. */
export const unlock = (key: Buffer, box: Box, context: string): E.Either<'undecipherable', Buffer> => {
  try {
    const decipher = createDecipheriv(ALG, key, box.iv);
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(box.tag);
    return E.right(Buffer.concat([decipher.update(box.data), decipher.final()]));
  } catch {
    return E.left('undecipherable');
  }
};

/** A box as one buffer (iv ‖ tag ‖ data), for storing a wrapped key in one column. */
export const packBox = (box: Box): Buffer => Buffer.concat([box.iv, box.tag, box.data]);
export const unpackBox = (packed: Uint8Array): Box => {
  const b = Buffer.from(packed);
  return { iv: b.subarray(0, IV_BYTES), tag: b.subarray(IV_BYTES, IV_BYTES + 16), data: b.subarray(IV_BYTES + 16) };
};
