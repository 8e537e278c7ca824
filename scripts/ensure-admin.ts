// On a database with no user at all, creates the first administrator from ADMIN_EMAIL /
// ADMIN_PASSWORD, or with a random password printed once here.
import { randomBytes } from 'node:crypto';
import { db } from '../src/lib/db';
import { hashPassword } from '../src/lib/auth/password';

async function main() {
  if ((await db.user.count()) > 0) return;
  const email = (process.env.ADMIN_EMAIL ?? 'admin@localhost').trim().toLowerCase();
  const given = process.env.ADMIN_PASSWORD;
  const password = given ?? randomBytes(12).toString('base64url');
  await db.user.create({ data: { email, name: 'Quản trị viên', role: 'ADMIN', passwordHash: await hashPassword(password) } });
  console.log(`\nCreated the first administrator: ${email}`);
  if (!given) console.log(`Its password, shown only this once: ${password}\nChange it after signing in.\n`);
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
