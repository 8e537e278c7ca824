// Each instance's ear on the database: one connection that LISTENs for the changes any
// instance announces (src/lib/content/announce.ts) and hands each notice on. The same
// connection tells whether PostgreSQL is reachable: when it drops, the database is
// "down" at once, and it is tried again every second. A notice sent while it was away is
// lost, so after a reconnect everything is treated as changed, once.
import pg from 'pg';
import { CHANGE_CHANNEL, decodeNotice, type ChangeNotice } from '@/lib/content/change-channel';

export type ChangeListener = {
  /** Whether the listening connection is up (PostgreSQL reachable). */
  readonly connected: boolean;
  /** Resolves once the first connection is listening (or has failed once). */
  readonly ready: Promise<void>;
  close(): Promise<void>;
};

export type ListenerOptions = {
  connectionString: string;
  onNotice: (notice: ChangeNotice) => void;
  retryMs?: number;
};

export function listenForChanges({ connectionString, onNotice, retryMs = 1000 }: ListenerOptions): ChangeListener {
  let client: pg.Client | null = null;
  let connected = false;
  let closed = false;
  let everConnected = false;
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));

  const setConnected = (value: boolean) => {
    connected = value;
  };

  function connect() {
    if (closed) return;
    const current = new pg.Client({ connectionString, connectionTimeoutMillis: 1500, application_name: 'portal-change-listener' });
    let lost = false;
    const onLost = () => {
      if (lost) return;
      lost = true;
      if (client === current) client = null;
      setConnected(false);
      markReady();
      current.end().catch(() => undefined);
      if (!closed) setTimeout(connect, retryMs).unref();
    };
    current.on('error', onLost);
    current.on('end', onLost);
    current.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL) onNotice(decodeNotice(message.payload));
    });
    current
      .connect()
      .then(() => current.query(`LISTEN ${CHANGE_CHANNEL}`))
      .then(() => {
        if (lost) return;
        if (closed) return void current.end().catch(() => undefined);
        client = current;
        // Whatever was announced while this instance was not listening is unknown.
        if (everConnected) onNotice({ everything: true });
        everConnected = true;
        setConnected(true);
        markReady();
      }, onLost);
  }
  connect();

  return {
    get connected() {
      return connected;
    },
    ready,
    async close() {
      closed = true;
      const current = client;
      client = null;
      await current?.end().catch(() => undefined);
    },
  };
}
