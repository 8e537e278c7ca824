-- Gương điển hình: exemplary people and collectives, each with its story (an article) and
-- linked to the grants of the awards register.

CREATE TABLE "ExemplaryProfile" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "RecipientKind" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL,
    "unit" TEXT NOT NULL DEFAULT '',
    "communeCode" TEXT,
    "portraitMediaId" INTEGER,
    "portraitAlt" TEXT NOT NULL DEFAULT '',
    "articleId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" INTEGER,
    CONSTRAINT "ExemplaryProfile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ExemplaryProfile_slug_key" ON "ExemplaryProfile"("slug");
CREATE UNIQUE INDEX "ExemplaryProfile_articleId_key" ON "ExemplaryProfile"("articleId");
CREATE INDEX "ExemplaryProfile_field_idx" ON "ExemplaryProfile"("field");
ALTER TABLE "ExemplaryProfile" ADD CONSTRAINT "ExemplaryProfile_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ExemplaryProfile" ADD CONSTRAINT "ExemplaryProfile_portraitMediaId_fkey" FOREIGN KEY ("portraitMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ExemplaryProfile" ADD CONSTRAINT "ExemplaryProfile_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "AdministrativeUnit"("code") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ExemplaryProfile" ADD CONSTRAINT "ExemplaryProfile_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "AwardGrant" ADD COLUMN "profileId" INTEGER;
CREATE INDEX "AwardGrant_profileId_idx" ON "AwardGrant"("profileId");
ALTER TABLE "AwardGrant" ADD CONSTRAINT "AwardGrant_profileId_fkey" FOREIGN KEY ("profileId") REFERENCES "ExemplaryProfile"("id") ON DELETE SET NULL ON UPDATE CASCADE;
