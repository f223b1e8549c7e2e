import {
  CancelledError,
  MaxAppendSizeExceededError,
  NotLeaderError,
  UnavailableError,
  WrongExpectedVersionError,
  type CurrentRevision,
} from '@eventstore/db-client';
import { storeUnavailable, type InvalidEvent, type StoreUnavailable } from '@ocop/eventstore';

/**
 * Failures after which the same call may well succeed: the connection dropped, the server is restarting or
 * cancelled the call, or the node stopped being the leader. The client reconnects (to the new leader) on
 * each of these, so one more try usually reaches a node that can serve.
 */
export const isTransient = (error: unknown): boolean =>
  error instanceof UnavailableError || error instanceof CancelledError || error instanceof NotLeaderError;

const describe = (error: unknown): string => (error instanceof Error ? error.message || error.constructor.name : String(error));

export const unavailable = (error: unknown): StoreUnavailable => storeUnavailable(`EventStoreDB: ${describe(error)}`);

/** The stream's revision as a conflict reports it. The client says "no_stream" for a missing stream, which is no number. */
export const actualRevision = (current: CurrentRevision): bigint | 'noStream' => (typeof current === 'bigint' ? current : 'noStream');

export const isWrongExpectedVersion = (error: unknown): error is WrongExpectedVersionError => error instanceof WrongExpectedVersionError;

/** The server refuses appends above its MaxAppendSize (1 MiB unless configured): the batch as a whole is the invalid input. */
export const tooLarge = (error: unknown): InvalidEvent | undefined =>
  error instanceof MaxAppendSizeExceededError
    ? { _tag: 'InvalidEvent', index: -1, reason: `the batch exceeds the server's maximum append size of ${error.maxAppendSize} bytes` }
    : undefined;
