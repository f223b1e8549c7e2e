/** `f` over `items`, at most `limit` calls in flight at once; results in the order of `items`. */
export const mapLimited = async <A, B>(items: ReadonlyArray<A>, limit: number, f: (item: A, index: number) => Promise<B>): Promise<B[]> => {
  const results: B[] = new Array<B>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) {
      // i < items.length: the item exists.
      results[i] = await f(items[i] as A, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
};
