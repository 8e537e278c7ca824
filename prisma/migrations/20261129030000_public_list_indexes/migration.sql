-- Public lists read "published or scheduled, newest first" (src/lib/content/public-rule.ts).
-- A status IN (…) filter cannot walk the (status, publishedAt) index in date order, so
-- with 100,000 articles every list, related block and feed sorted the whole table. These
-- partial indexes hold exactly the public rows, in the order the lists read them.
CREATE INDEX "Article_public_newest_idx" ON "Article" ("publishedAt" DESC, "id" DESC) WHERE "status" IN ('PUBLISHED', 'SCHEDULED');
CREATE INDEX "Article_public_section_newest_idx" ON "Article" ("sectionId", "publishedAt" DESC, "id" DESC) WHERE "status" IN ('PUBLISHED', 'SCHEDULED');
