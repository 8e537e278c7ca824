// The administrator a deployment names, and the first one of an empty database, once per
// start under an advisory lock (several instances may start at once):
// - ADMIN_EMAIL and ADMIN_PASSWORD set: that account exists, is an active administrator
//   and has that password, whatever else (demo content included) the database holds;
// - no user at all: ADMIN_EMAIL (or admin@localhost) with a random password printed once.
// It then warns loudly when demo accounts exist and the server listens beyond this machine.
import { randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../src/lib/auth/password';
import { db } from '../src/lib/db';

const LOCK = 724_105_001;
const loopbackHost = (host: string) => ['127.0.0.1', 'localhost', '::1'].includes(host);

async function main() {
  const email = (process.env.ADMIN_EMAIL ?? 'admin@localhost').trim().toLowerCase();
  const given = process.env.ADMIN_PASSWORD;
  const created = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${LOCK})`;
    const existing = await tx.user.findUnique({ where: { email } });
    if (given && process.env.ADMIN_EMAIL) {
      const same = existing ? await verifyPassword(existing.passwordHash, given) : false;
      const passwordHash = same ? existing!.passwordHash : await hashPassword(given);
      await tx.user.upsert({
        where: { email },
        update: { role: 'ADMIN', disabled: false, demoAccount: false, passwordHash, ...(same ? {} : { passwordChangedAt: new Date() }) },
        create: { email, name: 'Quản trị viên', role: 'ADMIN', passwordHash },
      });
      return existing ? null : 'given';
    }
    if ((await tx.user.count()) > 0) return null;
    const password = given ?? randomBytes(12).toString('base64url');
    await tx.user.create({ data: { email, name: 'Quản trị viên', role: 'ADMIN', passwordHash: await hashPassword(password) } });
    return given ? 'given' : password;
  });
  if (created) {
    console.log(`\nCreated the administrator ${email}.`);
    if (created !== 'given') console.log(`Its password, shown only this once: ${created}\nChange it after signing in.\n`);
  }
  const host = process.env.HOST ?? '0.0.0.0';
  const demo = await db.user.count({ where: { demoAccount: true, disabled: false } });
  if (demo > 0 && !loopbackHost(host)) {
    const line = '!'.repeat(78);
    console.warn(
      `\n${line}\n! ${demo} demo accounts exist, with the passwords printed in the README.\n` +
        `! They sign in only from this machine (127.0.0.1), but this server listens on ${host}.\n` +
        `! On a machine others can reach, disable them in /quan-tri/nguoi-dung, set ADMIN_EMAIL\n` +
        `! and ADMIN_PASSWORD for a real administrator, or listen on HOST=127.0.0.1.\n${line}\n`,
    );
  }
}

main()
  .catch((error) => {
    console.error(error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
