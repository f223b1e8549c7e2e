/**
 * `test`, remembering the last value that passed it. The rows a store reads together mostly repeat their
 * stream, recorded time and business time (one batch), so each distinct value is checked once per run.
 */
export const rememberingLast = (test: (u: unknown) => boolean): ((u: unknown) => boolean) => {
  let passed: { readonly value: unknown } | undefined;
  return (u) => {
    if (passed && passed.value === u) return true;
    if (!test(u)) return false;
    passed = { value: u };
    return true;
  };
};
