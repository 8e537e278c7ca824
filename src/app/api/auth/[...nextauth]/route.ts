import NextAuth from 'next-auth';
import { authOptions } from '@/lib/auth/options';

// Built per request so the build never needs the secret.
type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(request: Request, context: Context) {
  return NextAuth(authOptions())(request, { params: await context.params });
}

export { handler as GET, handler as POST };
