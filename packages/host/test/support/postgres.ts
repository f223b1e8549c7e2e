import { postgresReachable, postgresUrl } from './host.js';

/**
 * Registers a file's PostgreSQL tests: all of them when PostgreSQL answers; when it does not, one failing
 * test under CI=true (CI starts PostgreSQL, so its absence is a failure) and a skipped one elsewhere.
 */
export const whenPostgres = async (
  register: () => void,
  test: { (name: string, fn: () => void): void; skip: (name: string, fn: () => void) => void },
): Promise<void> => {
  if (await postgresReachable()) return register();
  const name = `PostgreSQL at ${postgresUrl.replace(/\/\/[^@]*@/, '//')} is reachable`;
  if (process.env['CI'] === 'true')
    test(name, () => {
      throw new Error('PostgreSQL is not reachable, and CI=true requires it');
    });
  else test.skip(name, () => undefined);
};
