-- Tra cứu khen thưởng: award decisions, their lists of grants, and the communes and wards
-- (current and former, after the 2025 merger) the grants are filed under.

CREATE TYPE "AdministrativeUnitType" AS ENUM ('PROVINCE', 'DISTRICT', 'TOWN', 'COMMUNE', 'WARD', 'TOWNSHIP', 'SPECIAL_ZONE');
CREATE TYPE "DecisionStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'ANNULLED');
CREATE TYPE "PublishLevel" AS ENUM ('FULL', 'NAME_UNIT', 'HIDDEN');

ALTER TABLE "SiteSettings" ADD COLUMN "grantPublishLevel" "PublishLevel" NOT NULL DEFAULT 'NAME_UNIT';

CREATE TABLE "AdministrativeUnit" (
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "AdministrativeUnitType" NOT NULL,
    "parentCode" TEXT,
    "validFrom" DATE,
    "validTo" DATE,
    "mergedIntoCode" TEXT,
    CONSTRAINT "AdministrativeUnit_pkey" PRIMARY KEY ("code")
);
CREATE INDEX "AdministrativeUnit_mergedIntoCode_idx" ON "AdministrativeUnit"("mergedIntoCode");
ALTER TABLE "AdministrativeUnit" ADD CONSTRAINT "AdministrativeUnit_mergedIntoCode_fkey" FOREIGN KEY ("mergedIntoCode") REFERENCES "AdministrativeUnit"("code") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "AwardDecision" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "issuedOn" DATE NOT NULL,
    "issuer" TEXT NOT NULL,
    "signerName" TEXT NOT NULL DEFAULT '',
    "signerTitle" TEXT NOT NULL DEFAULT '',
    "summary" TEXT NOT NULL,
    "achievementYear" INTEGER NOT NULL,
    "level" "AwardLevel" NOT NULL,
    "status" "DecisionStatus" NOT NULL DEFAULT 'DRAFT',
    "returnComment" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "annulledBy" TEXT,
    "annulmentReason" TEXT,
    "annulledAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" INTEGER,
    "lastEditorId" INTEGER,
    CONSTRAINT "AwardDecision_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AwardDecision_slug_key" ON "AwardDecision"("slug");
CREATE UNIQUE INDEX "AwardDecision_number_issuedOn_key" ON "AwardDecision"("number", "issuedOn");
CREATE INDEX "AwardDecision_status_issuedOn_idx" ON "AwardDecision"("status", "issuedOn" DESC);
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "AwardDecision" ADD CONSTRAINT "AwardDecision_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "AwardGrant" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "awardTypeId" INTEGER NOT NULL,
    "awardClass" TEXT,
    "recipientKind" "RecipientKind" NOT NULL,
    "displayName" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '',
    "communeCode" TEXT,
    "posthumous" BOOLEAN NOT NULL DEFAULT false,
    "citation" TEXT NOT NULL DEFAULT '',
    "achievementYear" INTEGER NOT NULL,
    "publishLevel" "PublishLevel" NOT NULL,
    "consultationCandidateId" INTEGER,
    "listed" BOOLEAN NOT NULL DEFAULT false,
    "issuedOn" DATE NOT NULL,
    "level" "AwardLevel" NOT NULL,
    CONSTRAINT "AwardGrant_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AwardGrant_decisionId_position_idx" ON "AwardGrant"("decisionId", "position");
CREATE INDEX "AwardGrant_listed_issuedOn_decisionId_position_idx" ON "AwardGrant"("listed", "issuedOn" DESC, "decisionId" DESC, "position");
CREATE INDEX "AwardGrant_awardTypeId_idx" ON "AwardGrant"("awardTypeId");
CREATE INDEX "AwardGrant_communeCode_idx" ON "AwardGrant"("communeCode");
-- Names are searched folded (no diacritics, lower case), by word prefix: the trigram
-- index narrows, a regular expression on word boundaries decides.
CREATE INDEX "AwardGrant_name_trgm_idx" ON "AwardGrant" USING GIN (portal_fold("displayName") gin_trgm_ops) WHERE "listed";
ALTER TABLE "AwardGrant" ADD CONSTRAINT "AwardGrant_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AwardGrant" ADD CONSTRAINT "AwardGrant_awardTypeId_fkey" FOREIGN KEY ("awardTypeId") REFERENCES "AwardType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AwardGrant" ADD CONSTRAINT "AwardGrant_communeCode_fkey" FOREIGN KEY ("communeCode") REFERENCES "AdministrativeUnit"("code") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AwardGrant" ADD CONSTRAINT "AwardGrant_consultationCandidateId_fkey" FOREIGN KEY ("consultationCandidateId") REFERENCES "ConsultationCandidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "AwardDecisionRevision" (
    "id" SERIAL NOT NULL,
    "decisionId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "publicNote" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    CONSTRAINT "AwardDecisionRevision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "AwardDecisionRevision_decisionId_createdAt_idx" ON "AwardDecisionRevision"("decisionId", "createdAt" DESC);
ALTER TABLE "AwardDecisionRevision" ADD CONSTRAINT "AwardDecisionRevision_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AwardDecisionRevision" ADD CONSTRAINT "AwardDecisionRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Attachment" ADD COLUMN "decisionId" INTEGER;
CREATE INDEX "Attachment_decisionId_position_idx" ON "Attachment"("decisionId", "position");
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_decisionId_fkey" FOREIGN KEY ("decisionId") REFERENCES "AwardDecision"("id") ON DELETE CASCADE ON UPDATE CASCADE;
