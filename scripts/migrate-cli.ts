// `npm run migrate`: applies pending SQL migrations to DATABASE_URL (for production).
import { migrate } from './lib/migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set.');
  process.exit(2);
}
const { applied } = await migrate(url);
console.log(applied.length ? `Applied ${applied.length} migration(s).` : 'The database is up to date.');
