import type * as t from 'io-ts';
import { either as E } from 'fp-ts';
import { decodeWith, validationFailure, type ValidationFailure } from '@ocop/kernel';

/**
 * Decodes a command `{ "type", "data" }` with the codec of its type, so that an unknown type or a bad field
 * is reported once and precisely (a plain union would report every other type's errors too).
 */
export const commandDecoder =
  <Codecs extends ReadonlyArray<t.Mixed>>(codecs: Codecs, family: string) =>
  (input: unknown): E.Either<ValidationFailure, t.TypeOf<Codecs[number]>> => {
    const type = typeof input === 'object' && input !== null && 'type' in input ? input.type : undefined;
    const codec = codecs.find((c) => c.name === type);
    if (!codec)
      return E.left(
        validationFailure(`${family} command`, [
          {
            path: 'type',
            message: `expected one of ${codecs.map((c) => JSON.stringify(c.name)).join(', ')}, got ${JSON.stringify(type) ?? 'nothing'}`,
          },
        ]),
      );
    const decoded: E.Either<ValidationFailure, t.TypeOf<Codecs[number]>> = decodeWith(codec, `${family} command ${codec.name}`)(input);
    return decoded;
  };
