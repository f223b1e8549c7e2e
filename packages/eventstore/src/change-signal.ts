/**
 * Tells waiting subscriptions that something may have been appended. `version` grows on every `notify`, so
 * that a subscription that read the store at version v and sees a later version knows to read again instead
 * of sleeping through an append that landed while it was reading.
 */
export interface ChangeSignal {
  readonly version: () => number;
  readonly notify: () => void;
  readonly listen: (listener: () => void) => () => void;
}

export const changeSignal = (): ChangeSignal => {
  let version = 0;
  const listeners = new Set<() => void>();
  return {
    version: () => version,
    notify: () => {
      version++;
      for (const listener of [...listeners]) listener();
    },
    listen: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};
