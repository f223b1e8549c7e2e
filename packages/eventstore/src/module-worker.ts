import { Worker, type ResourceLimits } from 'node:worker_threads';

export interface ModuleWorkerOptions {
  readonly workerData?: unknown;
  readonly resourceLimits?: ResourceLimits;
  /**
   * Registers tsx in the thread, which does not inherit the loader: for a thread that imports TypeScript. The
   * default when `caller` is itself a TypeScript source (`--conditions=source --import tsx`, as the
   * repository's tests run); a built caller sets it when the thread imports a `.ts` module of its own.
   */
  readonly typescript?: boolean;
}

/**
 * Starts a worker thread on the module `name` (without extension) beside `caller` (the caller's
 * `import.meta.url`): the built `.js` file, or, run from TypeScript sources, the `.ts` file. Stores and the tools
 * over them use it to run a costly part of their work beside the rest.
 */
export const startModuleWorker = (caller: string, name: string, options: ModuleWorkerOptions = {}): Worker => {
  const { workerData, resourceLimits, typescript = caller.endsWith('.ts') } = options;
  const threadOptions = { workerData, ...(resourceLimits ? { resourceLimits } : {}) };
  const entry = moduleBeside(caller, name);
  if (!typescript) return new Worker(new URL(entry), threadOptions);
  const loader = JSON.stringify(import.meta.resolve('tsx/esm/api'));
  return new Worker(`import(${loader}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}); })`, {
    eval: true,
    ...threadOptions,
  });
};

/** The URL of the module `name` beside `caller`, built or a TypeScript source as the caller is (see above). */
export const moduleBeside = (caller: string, name: string): string =>
  new URL(`./${name}.${caller.endsWith('.ts') ? 'ts' : 'js'}`, caller).href;
