import { randomUUID } from 'node:crypto';

const acceptable = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * The id of a request: the caller's `X-Request-Id` when it is a plain token, else a new UUID. It is logged,
 * returned, and becomes the correlation id of the events the request writes.
 */
export const requestIdOf = (given: string | undefined): string => (given !== undefined && acceptable.test(given) ? given : randomUUID());
