import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { db } from '@/lib/db';
import { authSecret } from '@/lib/env';
import { signInWithPassword, type Client } from './credentials';
import { endSession, SESSION_IDLE_SECONDS } from './sessions';

/**
 * Why authorize() refused, as the sign-in form reads it (never whether the email exists):
 * "LIMITED:<seconds>", "CODE_REQUIRED", "CODE_INVALID", "DEMO_REMOTE".
 */
export const SIGN_IN_ERRORS = { codeRequired: 'CODE_REQUIRED', codeInvalid: 'CODE_INVALID', demoRemote: 'DEMO_REMOTE', limited: 'LIMITED' } as const;

type Headers = Record<string, string | string[] | undefined> | undefined;
const header = (headers: Headers, name: string) => {
  const value = headers?.[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
};

/** The client address is set by the server's edge (src/server/client-address.ts), never by the client. */
function clientOf(headers: Headers): Client {
  return { ip: header(headers, 'x-portal-client-ip').slice(0, 64) || 'unknown', userAgent: header(headers, 'user-agent').slice(0, 300) };
}

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: SESSION_IDLE_SECONDS },
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { type: 'email' }, password: { type: 'password' }, code: { type: 'text' } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(credentials, clientOf(req?.headers));
          if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name, sid: result.user.sessionId };
          if (result.reason === 'limited') throw new Error(`${SIGN_IN_ERRORS.limited}:${Math.ceil(result.waitMs / 1000)}`);
          if (result.reason === 'code-required') throw new Error(SIGN_IN_ERRORS.codeRequired);
          if (result.reason === 'code-invalid') throw new Error(SIGN_IN_ERRORS.codeInvalid);
          if (result.reason === 'demo-remote') throw new Error(SIGN_IN_ERRORS.demoRemote);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.sid = (user as unknown as { sid: string }).sid;
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, sid: token.sid };
      },
    },
    events: {
      async signOut({ token }) {
        const sid = typeof token?.sid === 'string' ? token.sid : null;
        const uid = typeof token?.uid === 'number' ? token.uid : null;
        if (!sid || !uid) return;
        await endSession(sid, 'signOut');
        await db.auditLog.create({ data: { action: 'auth.signOut', actorId: uid, entityType: 'user', entityId: String(uid) } });
      },
    },
  };
}
