export * from './stream-name.js';
export * from './expected-revision.js';
export * from './position.js';
export * from './metadata.js';
export * from './envelope.js';
export * from './errors.js';
export * from './store.js';
export { canonicalJson } from './canonical-json.js';
export * from './hash.js';
export * from './verify.js';
export { validateEvents, NewEventCodec } from './validate.js';
export * from './memory-store.js';
export * from './command/event-id.js';
export * from './command/handle-command.js';
// For store adapters: the parts every store shares.
export { eventStoreOn, type StoreBackend, type StoreOptions, type StreamQuery } from './backend.js';
export { changeSignal, type ChangeSignal } from './change-signal.js';
export type { ReadPage } from './read-page.js';
export * from './plan.js';
