import { Worker, type ResourceLimits } from 'node:worker_threads';

/**
 * Starts a worker thread on the module `name` (without extension) beside `caller` (the caller's
 * `import.meta.url`): the built `.js` file, or, run from TypeScript sources (`--conditions=source --import tsx`,
 * as the repository's tests and benchmarks run), the `.ts` file, registering tsx in the thread, which does not
 * inherit the loader. Stores and the tools over them use it to run a costly part of their work beside the rest.
 */
export const startModuleWorker = (caller: string, name: string, workerData?: unknown, resourceLimits?: ResourceLimits): Worker => {
  const options = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  const entry = moduleBeside(caller, name);
  if (!caller.endsWith('.ts')) return new Worker(new URL(entry), options);
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${loader}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    ...options,
  });
};

/** The URL of the module `name` beside `caller`, built or a TypeScript source as the caller is (see above). */
export const moduleBeside = (caller: string, name: string): string =>
  new URL(`./${name}.${caller.endsWith('.ts') ? 'ts' : 'js'}`, caller).href;
