import type { StoreError } from '@ocop/eventstore';
import type { LedgerError } from '@ocop/ledger';
import { etagOf } from './etag.js';
import { problem, refused, type Problem } from './problem.js';

/** A store's failure as an answer: unavailable is 503; a stale expectation 412; an integrity failure 500. */
export const storeProblem = (e: StoreError): Problem => {
  switch (e._tag) {
    case 'StoreUnavailable':
      return problem(503, 'StoreUnavailable', 'the event store cannot serve now; try again', { headers: { 'Retry-After': '5' } });
    case 'WrongExpectedRevision':
      return problem(
        412,
        'PreconditionFailed',
        `the resource changed: it is at ${e.actual === 'noStream' ? 'no revision' : etagOf(e.actual)}`,
        {
          ...(e.actual === 'noStream' ? {} : { headers: { ETag: etagOf(e.actual) } }),
        },
      );
    case 'InvalidEvent':
      // The sealing store refuses to store again the data of an erased person.
      return problem(409, 'InvalidEvent', e.reason);
    case 'DuplicateEventId':
      return problem(409, 'DuplicateEventId', `event id ${e.eventId} is taken: use another Idempotency-Key`);
    case 'InvalidStreamName':
      return problem(400, 'InvalidStreamName', `${e.stream}: ${e.reason}`);
    case 'InvalidReadOptions':
      return problem(400, 'InvalidReadOptions', e.reason);
    case 'CorruptEvent':
      return problem(500, 'CorruptEvent', `a stored event at ${e.position} is corrupt: ${e.reason}; run the verification`);
  }
};

export const ledgerProblem = (e: LedgerError): Problem => {
  switch (e._tag) {
    case 'Refused':
      return refused(e.error);
    case 'UndecodableEvent':
      return problem(
        500,
        'UndecodableEvent',
        `event ${e.eventId} of ${e.stream} (revision ${e.revision}) no longer decodes; run the verification`,
      );
    default:
      return storeProblem(e);
  }
};
