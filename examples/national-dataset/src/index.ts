export * from './populate.js';
export * from './executor.js';
export * from './geography.js';
export * from './random.js';
export * from './kept.js';
