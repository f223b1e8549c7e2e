export { openSqliteStore } from './sqlite-store.js';
export { SqliteStoreConfig, type SqliteStoreOptions } from './options.js';
