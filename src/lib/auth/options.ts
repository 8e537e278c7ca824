import 'server-only';
import type { AuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import type { Role } from '@/generated/prisma/client';
import { authSecret } from '@/lib/env';
import { signInWithPassword } from './credentials';

/** Thrown from authorize() so the sign-in form can say why; never says if the email exists. */
export const RATE_LIMITED = 'RATE_LIMITED';

/** Set by scripts/serve.mjs from the connection (or a trusted proxy), never by the client. */
function clientIp(headers: Record<string, string | string[] | undefined> | undefined): string {
  const value = headers?.['x-portal-client-ip'];
  return ((Array.isArray(value) ? value[0] : value) || 'unknown').slice(0, 64);
}

export function authOptions(): AuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: 'jwt', maxAge: 8 * 3600 },
    pages: { signIn: '/dang-nhap', error: '/dang-nhap' },
    providers: [
      CredentialsProvider({
        name: 'Email',
        credentials: { email: { type: 'email' }, password: { type: 'password' } },
        async authorize(credentials, req) {
          const result = await signInWithPassword(credentials, clientIp(req?.headers));
          if (result.ok) return { id: String(result.user.id), email: result.user.email, name: result.user.name, role: result.user.role };
          if (result.reason === 'limited') throw new Error(RATE_LIMITED);
          return null;
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) {
          token.uid = Number(user.id);
          token.role = (user as unknown as { role: Role }).role;
          token.signedInAt = Date.now();
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, uid: token.uid, role: token.role, signedInAt: token.signedInAt };
      },
    },
  };
}
