import * as t from 'io-ts';
import { NonEmptyString, strict } from '@ocop/kernel';

const sha256 = t.refinement(t.string, (s) => /^[0-9a-f]{64}$/.test(s), 'sha256 hex');

/**
 * A document of the dossier, referenced and never copied: its title, the SHA-256 of its content (so that
 * the file kept elsewhere can be proved unchanged), and where it is kept.
 */
export const EvidenceCodec = strict(
  'Evidence',
  { title: NonEmptyString, sha256 },
  { mediaType: NonEmptyString, location: NonEmptyString, criterion: NonEmptyString },
);
export type Evidence = t.TypeOf<typeof EvidenceCodec>;
