-- Services of the portal to its readers (ND 224/2026): the satisfaction rating of every
-- page, usage counts, questions and answers, and planned-maintenance notices.

CREATE TABLE "PageRating" (
    "id" SERIAL NOT NULL,
    "path" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "comment" TEXT NOT NULL DEFAULT '',
    "raterDay" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "PageRating_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "PageRating_score_range" CHECK ("score" BETWEEN 1 AND 4)
);
CREATE UNIQUE INDEX "PageRating_path_raterDay_key" ON "PageRating"("path", "raterDay");
CREATE INDEX "PageRating_createdAt_idx" ON "PageRating"("createdAt");

CREATE TABLE "PageView" (
    "day" DATE NOT NULL,
    "path" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "views" INTEGER NOT NULL,
    CONSTRAINT "PageView_pkey" PRIMARY KEY ("day", "path")
);
CREATE INDEX "PageView_day_kind_idx" ON "PageView"("day", "kind");

CREATE TYPE "QuestionStatus" AS ENUM ('RECEIVED', 'ASSIGNED', 'PENDING_APPROVAL', 'ANSWERED', 'DECLINED');

CREATE TABLE "Question" (
    "id" SERIAL NOT NULL,
    "receiptCode" TEXT NOT NULL,
    "formToken" TEXT NOT NULL,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "field" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "ipHash" TEXT NOT NULL,
    "status" "QuestionStatus" NOT NULL DEFAULT 'RECEIVED',
    "assigneeId" INTEGER,
    "answer" TEXT NOT NULL DEFAULT '',
    "drafterId" INTEGER,
    "publisherId" INTEGER,
    "answeredAt" TIMESTAMPTZ(3),
    "declineReason" TEXT,
    "returnComment" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "Question_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Question_receiptCode_key" ON "Question"("receiptCode");
CREATE UNIQUE INDEX "Question_formToken_key" ON "Question"("formToken");
CREATE INDEX "Question_status_answeredAt_idx" ON "Question"("status", "answeredAt" DESC);
CREATE INDEX "Question_ipHash_createdAt_idx" ON "Question"("ipHash", "createdAt");
ALTER TABLE "Question" ADD CONSTRAINT "Question_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Question" ADD CONSTRAINT "Question_drafterId_fkey" FOREIGN KEY ("drafterId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Question" ADD CONSTRAINT "Question_publisherId_fkey" FOREIGN KEY ("publisherId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- portal_words names portal_fold with its schema, so it also works in an index, whose
-- expressions PostgreSQL evaluates with a search_path of pg_catalog only.
CREATE OR REPLACE FUNCTION portal_words(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT btrim(regexp_replace(public.portal_fold(value), '[^a-z0-9]+', ' ', 'g')) $$;

-- Answered questions are searched like everything else: by folded words of the question and its answer.
CREATE INDEX "Question_search_idx" ON "Question" USING GIN (to_tsvector('simple'::regconfig, public.portal_words("title" || ' ' || "content" || ' ' || "answer"))) WHERE "status" = 'ANSWERED';

CREATE TABLE "MaintenanceWindow" (
    "id" SERIAL NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "message" TEXT NOT NULL DEFAULT '',
    "cancelledAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    CONSTRAINT "MaintenanceWindow_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "MaintenanceWindow_ends_after_start" CHECK ("endsAt" > "startsAt")
);
CREATE INDEX "MaintenanceWindow_endsAt_idx" ON "MaintenanceWindow"("endsAt");
ALTER TABLE "MaintenanceWindow" ADD CONSTRAINT "MaintenanceWindow_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
