/** A queue one loop takes items from, in the order they were put, waiting while it is empty. */
export const itemQueue = <T>() => {
  const items: T[] = [];
  let wake: (() => void) | undefined;
  let interrupted = false;
  return {
    put: (item: T): void => {
      items.push(item);
      wake?.();
    },
    size: (): number => items.length,
    /** The next item; `undefined` once interrupted. */
    take: async (): Promise<T | undefined> => {
      while (items.length === 0 && !interrupted) await new Promise<void>((resolve) => (wake = resolve));
      wake = undefined;
      return interrupted ? undefined : items.shift();
    },
    interrupt: (): void => {
      interrupted = true;
      wake?.();
    },
  };
};
export type ItemQueue<T> = ReturnType<typeof itemQueue<T>>;
