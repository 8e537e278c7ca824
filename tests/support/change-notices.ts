import pg from 'pg';
import { CHANGE_CHANNEL, decodeNotice, type ChangeNotice } from '@/lib/content/change-channel';

/** Listens to the change announcements on the test database, as every instance does. */
export async function listenToChanges(): Promise<{ heard: ChangeNotice[]; close: () => Promise<void> }> {
  const heard: ChangeNotice[] = [];
  const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await listener.connect();
  listener.on('notification', (message) => heard.push(decodeNotice(message.payload)));
  await listener.query(`LISTEN ${CHANGE_CHANNEL}`);
  return { heard, close: () => listener.end() };
}
