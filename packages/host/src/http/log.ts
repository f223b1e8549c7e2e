/** One JSON line per event of the host: requests (no bodies, no query strings, no personal data) and lifecycle. */
export type Log = (entry: Readonly<Record<string, unknown>>) => void;

export const jsonLog =
  (write: (line: string) => void): Log =>
  (entry) =>
    write(`${JSON.stringify({ time: new Date().toISOString(), ...entry })}\n`);

export const silentLog: Log = () => undefined;
