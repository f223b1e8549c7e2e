import { Client, type ClientConfig, type Pool } from 'pg';
import type { ChangeSignal } from '@ocop/eventstore';

/**
 * Cross-process wake-ups: one connection LISTENs on the store's channel and notifies local subscriptions;
 * after each local append a NOTIFY is sent, one at a time and at most one per 10 ms. NOTIFY is sent after the
 * append commits, never inside it, because a notifying transaction holds a global lock while it commits and
 * would serialise all writers. Notifications are only hints: subscriptions also poll, so a lost listener
 * connection delays them (until it is replaced) and loses nothing.
 */
export const notifications = (pool: Pool, config: ClientConfig, channel: string, changes: ChangeSignal) => {
  let listener: Client | undefined;
  let closed = false;
  let sending = false;
  let again = false;

  const listen = async (): Promise<void> => {
    const client = new Client(config);
    // A lost listener is replaced a little later; meanwhile subscriptions poll.
    const retry = (): void => {
      if (!closed) setTimeout(() => void listen(), 1000).unref();
    };
    client.on('error', () => {
      if (listener !== client) return;
      listener = undefined;
      retry();
    });
    client.on('notification', () => changes.notify());
    try {
      await client.connect();
      await client.query(`LISTEN "${channel}"`);
      if (closed) await client.end();
      else listener = client;
    } catch {
      await client.end().catch(() => undefined);
      retry();
    }
  };

  // Under a stream of appends, one notification per 10 ms wakes readers as well as one per append would.
  const send = async (): Promise<void> => {
    if (closed) return;
    sending = true;
    again = false;
    // A notification is a hint: it need not wait for the disk.
    await pool.query("SELECT set_config('synchronous_commit', 'off', true), pg_notify($1, '')", [channel]).catch(() => undefined);
    // Appends in the next 10 ms share one notification, sent when that time is up.
    setTimeout(() => {
      if (again) void send();
      else sending = false;
    }, 10).unref();
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
