import { DatabaseError } from 'pg';
import { storeUnavailable, type StoreUnavailable } from '@ocop/eventstore';

// SQLSTATE classes and codes that mean the database cannot serve: connection failures, shutdown, resources,
// a database or schema that is gone. Anything else from the server is a defect in our SQL and is thrown.
const unavailableClasses = ['08', '53', '57', '58', '3D', '3F'];
const unavailableCodes = ['42P01', '42883'];

/** `StoreUnavailable` for a failure that means "the database cannot serve", `undefined` for anything else. */
export const unavailability = (error: unknown): StoreUnavailable | undefined => {
  if (error instanceof DatabaseError) {
    const code = error.code ?? '';
    return unavailableClasses.includes(code.slice(0, 2)) || unavailableCodes.includes(code)
      ? storeUnavailable(`PostgreSQL: ${error.message} (${code})`)
      : undefined;
  }
  // Errors that are not the server's come from the connection: refused, reset, timed out, pool ended.
  return error instanceof Error ? storeUnavailable(`PostgreSQL: ${error.message}`) : undefined;
};

/** The SQLSTATE of a unique violation, and whether it was on the event-id constraint. */
export const isEventIdTaken = (error: unknown): boolean =>
  error instanceof DatabaseError && error.code === '23505' && error.constraint === 'events_event_id_key';
