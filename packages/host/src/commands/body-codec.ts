import type * as t from 'io-ts';
import { strict } from '@ocop/kernel';
import { commandDataOf, objectShapeOf } from '../openapi/codec-shape.js';

/** Set by the host, never taken from a body: business time is the server's clock, the actor is the token's. */
export const hostFields: ReadonlyArray<string> = ['at', 'by'];

const without = (props: t.Props, names: ReadonlyArray<string>): t.Props =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !names.includes(k)));

/**
 * The body of a command's route: its data's fields less `at` and `by`, strict like the data (a body that
 * sends `at` or `by` is refused by name, as any unknown field). Throws on a codec it cannot read, at start.
 */
export const bodyCodecOf = (command: t.Mixed): t.Type<Readonly<Record<string, unknown>>, unknown, unknown> => {
  const data = commandDataOf(command);
  const shape = data === undefined ? undefined : objectShapeOf(data);
  if (!shape) throw new Error(`the data of command ${command.name} is not a strict object`);
  return strict(command.name, without(shape.required, hostFields), without(shape.optional, hostFields));
};
