export * from './io.js';
export * from './cli.js';
export { commands } from './commands/index.js';
