import type { SubscriptionError } from '@ocop/eventstore';
import type { UndecodableEvent } from '../core/event.js';
import { describeStorageError, type StorageError } from '../storage/storage.js';

export type RunnerError =
  | StorageError
  | UndecodableEvent
  | { readonly _tag: 'SubscriptionFailed'; readonly error: SubscriptionError }
  | { readonly _tag: 'UnknownReadModel'; readonly name: string }
  /** Another runner leads this read model: only the leader may rebuild it. */
  | { readonly _tag: 'NotLeader'; readonly name: string };

export const describeRunnerError = (e: RunnerError): string => {
  switch (e._tag) {
    case 'UndecodableEvent':
      return `event at ${e.position} in ${e.stream} does not decode: ${JSON.stringify(e.error)}`;
    case 'SubscriptionFailed':
      return `the subscription ended: ${e.error._tag}`;
    case 'UnknownReadModel':
      return `no read model named ${e.name}`;
    case 'NotLeader':
      return `another runner leads ${e.name}`;
    default:
      return describeStorageError(e);
  }
};
