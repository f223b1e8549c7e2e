import { Client, type ClientConfig, type Pool } from 'pg';
import type { ChangeSignal } from '@ocop/eventstore';

/**
 * Cross-process wake-ups: one connection LISTENs on the store's channel and notifies local subscriptions;
 * after each local append a NOTIFY is sent, at most one in flight at a time. NOTIFY is sent after the
 * append commits, never inside it, because a notifying transaction holds a global lock while it commits and
 * would serialise all writers. Notifications are only hints: subscriptions also poll, so a lost listener
 * connection delays them and loses nothing.
 */
export const notifications = (pool: Pool, config: ClientConfig, channel: string, changes: ChangeSignal) => {
  let listener: Client | undefined;
  let closed = false;
  let sending = false;
  let again = false;

  const listen = async (): Promise<void> => {
    const client = new Client(config);
    client.on('error', () => {
      if (listener === client) listener = undefined;
    });
    client.on('notification', () => changes.notify());
    try {
      await client.connect();
      await client.query(`LISTEN "${channel}"`);
      if (closed) await client.end();
      else listener = client;
    } catch {
      await client.end().catch(() => undefined);
    }
  };

  const send = async (): Promise<void> => {
    sending = true;
    do {
      again = false;
      // A notification is a hint: it need not wait for the disk.
      await pool.query("SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')", [channel]).catch(() => undefined);
    } while (again && !closed);
    sending = false;
  };

  return {
    start: listen,
    /** After a local append commits: tell other processes' subscriptions. */
    appended: (): void => {
      if (closed) return;
      if (sending) again = true;
      else void send();
    },
    close: async (): Promise<void> => {
      closed = true;
      await listener?.end().catch(() => undefined);
      listener = undefined;
    },
  };
};
