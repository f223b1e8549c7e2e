import { either as E } from 'fp-ts';
import type { RecordedEvent } from '@ocop/eventstore';
import { accessEvents, accessStream } from '@ocop/privacy';
import { findingAt } from '../finding.js';
import { recordIntegritySource } from '../sources.js';
import type { AuditContext } from './context.js';
import { describeDecodeError } from './describe.js';

/** A record of who read a person's data: it must read as one, in that person's access stream. */
export const accessChecks = (ctx: AuditContext, recorded: RecordedEvent): void => {
  const decoded = accessEvents.decode(recorded);
  if (E.isLeft(decoded)) {
    ctx.report(
      findingAt(
        recorded,
        'UndecodableEvent',
        `${recorded.type} (version ${recorded.schemaVersion}) cannot be read: ${describeDecodeError(decoded.left)}`,
        [recordIntegritySource],
      ),
    );
    return;
  }
  const belongs = accessStream(decoded.right.data.person);
  if (belongs !== recorded.stream)
    ctx.report(
      findingAt(recorded, 'EventInWrongStream', `this ${recorded.type} belongs in ${belongs}, not in ${recorded.stream}`, [
        recordIntegritySource,
      ]),
    );
};
