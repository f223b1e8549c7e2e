export * from './unit.js';
export * from './sources.js';
export * from './succession.js';
export * from './product-code.js';
