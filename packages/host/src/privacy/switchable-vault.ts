import type { Vault } from '@ocop/privacy';

/**
 * A vault whose master key can be replaced while the host runs (after a rotation): the sealing store and
 * every reader hold this one, which forwards to the vault of the current master key.
 */
export const switchableVault = (initial: Vault): { readonly vault: Vault; readonly replace: (next: Vault) => void } => {
  let current = initial;
  return {
    vault: {
      keys: initial.keys,
      seal: (ref, data, at) => current.seal(ref, data, at),
      unseal: (data, sight) => current.unseal(data, sight),
      erase: (person, at) => current.erase(person, at),
    },
    replace: (next) => {
      current = next;
    },
  };
};
