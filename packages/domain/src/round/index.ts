export * from './events.js';
export * from './commands.js';
export * from './state.js';
export * from './decider.js';
export * from './outcome-codec.js';
export * from './council-result.js';
export * from './evolve.js';
