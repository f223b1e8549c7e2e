export * from './dispatch.js';
export * from './reactions.js';
export * from './expiry.js';
export * from './reminders.js';
