export * from './dates.js';
export * from './instant.js';
export * from './strings.js';
export * from './strict.js';
export * from './validation.js';
export * from './decider.js';
export * from './events.js';
export * from './testing.js';
