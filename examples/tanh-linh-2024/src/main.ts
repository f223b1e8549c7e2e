// Tánh Linh's OCOP history in an in-memory store, then every rating decision with its explanation.
//   pnpm --filter @ocop/example-tanh-linh-2024 start
import { memoryStore } from '@ocop/eventstore';
import { explain } from './explain.js';
import { loadTanhLinh } from './scenario.js';

const store = memoryStore();
await loadTanhLinh(store);
console.log('Tánh Linh (Bình Thuận, now Lâm Đồng), 2022–2026. People, decision numbers and scores are invented.');
for (const line of await explain(store)) console.log(line);
await store.close();
