export { openEsdbStore } from './esdb-store.js';
export { EsdbStoreConfig, type EsdbStoreOptions } from './options.js';
