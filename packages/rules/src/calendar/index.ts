export * from './schedule.js';
export * from './statutes.js';
export * from './years.js';
export * from './working-days.js';
