export { openPostgresStore } from './postgres-store.js';
export { PostgresStoreConfig, type PostgresStoreOptions } from './options.js';
