export { openStore, type OpenStoreOptions } from './open-store.js';
export { parseStoreUrl, chooseStoreUrl, defaultStoreUrl, type StoreLocation } from './store-url.js';
export { describeConnectError, describeStoreError, redactStoreUrl, type ConnectError } from './errors.js';
