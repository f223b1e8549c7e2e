import { Instant, strict } from '@ocop/kernel';
import { ActorCodec } from './actor.js';

/** What every command and event carries: when it happened (business time) and who did it. */
export const contextProps = { at: Instant, by: ActorCodec };

export const ContextCodec = strict('Context', contextProps, {});
