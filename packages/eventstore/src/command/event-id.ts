import { createHash } from 'node:crypto';
import { canonicalJson } from '../canonical-json.js';

/**
 * The id of the `index`-th event a command causes: the first 16 bytes of SHA-256 over (commandId, index),
 * laid out as an RFC 9562 version 8 UUID. The same command always gets the same ids, so a retried append
 * is recognised by the store as the batch it already holds.
 */
export const commandEventId = (commandId: string, index: number): string => {
  const hex = createHash('sha256')
    .update(canonicalJson([commandId, index]), 'utf8')
    .digest('hex');
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};
