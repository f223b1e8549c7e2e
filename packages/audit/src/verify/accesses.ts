import { either as E } from 'fp-ts';
import type { RecordedEvent } from '@ocop/eventstore';
import { accessEvents, accessStream } from '@ocop/privacy';
import type { AuditContext } from './context.js';
import { inWrongStream, undecodable } from './record-findings.js';

/** A record of who read a person's data: it must read as one, in that person's access stream. */
export const accessChecks = (ctx: AuditContext, recorded: RecordedEvent): void => {
  const decoded = accessEvents.decode(recorded);
  if (E.isLeft(decoded)) return ctx.report(undecodable(recorded, decoded.left));
  const belongs = accessStream(decoded.right.data.person);
  if (belongs !== recorded.stream) ctx.report(inWrongStream(recorded, belongs));
};
