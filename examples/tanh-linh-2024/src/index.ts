export * from './answers.js';
export * from './people.js';
export * from './story.js';
export * from './scenario.js';
export * from './explain.js';
