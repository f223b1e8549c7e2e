import type { StreamHead } from '@ocop/eventstore';

/**
 * The last heads this process saw, least recently used dropped first. A head lets an append compute its
 * hash chain before it reaches the database, in one round trip; the database checks it under the stream's
 * lock and answers with the real head when another writer got in first, so a stale entry costs a retry,
 * never a wrong write.
 */
export const headCache = (capacity: number) => {
  const heads = new Map<string, StreamHead>();
  return {
    get: (stream: string): StreamHead | undefined => {
      const head = heads.get(stream);
      if (head) {
        heads.delete(stream);
        heads.set(stream, head);
      }
      return head;
    },
    set: (stream: string, head: StreamHead | undefined): void => {
      heads.delete(stream);
      if (!head) return;
      heads.set(stream, head);
      const oldest = heads.keys().next();
      if (heads.size > capacity && !oldest.done) heads.delete(oldest.value);
    },
  };
};
