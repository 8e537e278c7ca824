import 'server-only';
import { unstable_cache } from 'next/cache';
import { Prisma } from '@/generated/prisma/client';
import { TAGS } from '@/lib/content/cache-tags';
import { publicArticleSql } from '@/lib/content/public-rule';
import { readerDb } from '@/lib/db';
import type { SearchQuery } from './query';

// The awards register in the site search: exemplary-model profiles by name, unit or
// field; decisions whose number, summary or issuer has
// every word ("163 qd ubnd", "bang khen nong thon moi"), and how many listed grants carry
// a name with every word (the register's own page lists them). Hidden grants are never
// counted: only listed ones are searched.

export type DecisionHit = { slug: string; number: string; issuedOn: Date; summary: string; status: string };
export type ProfileHit = { slug: string; name: string; field: string };

export async function findInRegister(tokens: string[]): Promise<{ decisions: DecisionHit[]; people: number; profiles: ProfileHit[] }> {
  const patterns = tokens.map((token) => `\\m${token}`);
  const [profiles, decisions, [{ people }]] = await Promise.all([
    readerDb.$queryRaw<ProfileHit[]>`
      SELECT p."slug", p."name", p."field" FROM "ExemplaryProfile" p JOIN "Article" a ON a."id" = p."articleId"
      WHERE ${publicArticleSql('a')}
        AND portal_fold(concat_ws(' ', p."name", p."unit", p."field")) ~ ALL (${patterns}::text[])
      ORDER BY p."name" LIMIT 5`,
    readerDb.$queryRaw<DecisionHit[]>`
      SELECT d."slug", d."number", d."issuedOn", d."summary", d."status"::text AS "status"
      FROM "AwardDecision" d
      WHERE d."status" IN ('PUBLISHED', 'ANNULLED')
        AND portal_fold(concat_ws(' ', d."number", d."summary", d."issuer")) ~ ALL (${patterns}::text[])
      ORDER BY d."issuedOn" DESC, d."id" DESC
      LIMIT 5`,
    // Every word starts a word of the name (searchName is " nguyen van a ").
    readerDb.$queryRaw<{ people: number }[]>`
      SELECT count(*)::int AS "people" FROM "AwardGrant" g
      WHERE g."listed" AND ${Prisma.join(
        tokens.map((t) => Prisma.sql`g."searchName" LIKE ${`% ${t}%`}`),
        ' AND ',
      )}`,
  ]);
  return { decisions, people, profiles };
}

export function searchPublicRegister(query: SearchQuery): Promise<{ decisions: DecisionHit[]; people: number; profiles: ProfileHit[] }> {
  return unstable_cache(() => findInRegister(query.tokens), ['register-search', query.folded], { tags: [TAGS.register, TAGS.profiles, TAGS.articles], revalidate: 30 })();
}
