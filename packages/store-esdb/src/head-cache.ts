import type { StreamHead } from '@ocop/eventstore';

/**
 * The heads of the streams this store appended to last, the oldest forgotten first. With a head at hand an
 * append needs no read before it; a stale head is caught by the server's expected-revision check and costs
 * one more round, never a forked chain.
 */
export const headCache = (capacity: number) => {
  const heads = new Map<string, StreamHead>();
  return {
    get: (stream: string): StreamHead | undefined => heads.get(stream),
    set: (stream: string, head: StreamHead | undefined): void => {
      heads.delete(stream);
      if (head) heads.set(stream, head);
      for (const oldest of heads.keys()) {
        if (heads.size <= capacity) break;
        heads.delete(oldest);
      }
    },
  };
};
export type HeadCache = ReturnType<typeof headCache>;
