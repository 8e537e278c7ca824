-- Lấy ý kiến Nhân dân: public consultation on award candidates (ND 98/2023 Art. 46(2)),
-- with the award taxonomy and the working-day calendar as editable reference data
-- (filled by the next migration).

CREATE TYPE "AwardCategory" AS ENUM ('EMULATION_TITLE', 'ORDER', 'MEDAL', 'HONORARY_TITLE', 'PRIZE', 'COMMEMORATIVE_MEDAL', 'CERTIFICATE_OF_MERIT', 'CERTIFICATE_OF_COMMENDATION');
CREATE TYPE "AwardLevel" AS ENUM ('STATE', 'PROVINCIAL', 'GRASSROOTS');
CREATE TYPE "RecipientKind" AS ENUM ('INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD');
CREATE TYPE "CalendarDayKind" AS ENUM ('HOLIDAY', 'COMPENSATORY_DAY_OFF', 'EXTRA_DAY_OFF', 'MAKEUP_WORKDAY');
CREATE TYPE "ConsultationStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'SCHEDULED', 'OPEN', 'CLOSED', 'CONCLUDED', 'WITHDRAWN');
CREATE TYPE "ResponseStatus" AS ENUM ('RECEIVED', 'FORWARDED', 'CLOSED_NO_ACTION', 'SPAM');

CREATE TABLE "AwardType" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL DEFAULT '',
    "category" "AwardCategory" NOT NULL,
    "classes" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "recipientKinds" "RecipientKind"[] NOT NULL,
    "level" "AwardLevel" NOT NULL,
    "conferrer" TEXT NOT NULL,
    "posthumousAllowed" BOOLEAN NOT NULL DEFAULT false,
    "consultationRequired" BOOLEAN NOT NULL DEFAULT false,
    "minConsultationWorkingDays" INTEGER,
    "consultationBasis" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validTo" DATE,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "AwardType_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "AwardType_code_key" ON "AwardType"("code");
CREATE UNIQUE INDEX "AwardType_slug_key" ON "AwardType"("slug");

CREATE TABLE "WorkingCalendarDay" (
    "date" DATE NOT NULL,
    "kind" "CalendarDayKind" NOT NULL,
    "name" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "provisional" BOOLEAN NOT NULL DEFAULT false,
    "createdById" INTEGER,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "WorkingCalendarDay_pkey" PRIMARY KEY ("date")
);
ALTER TABLE "WorkingCalendarDay" ADD CONSTRAINT "WorkingCalendarDay_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "Consultation" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "legalBasis" TEXT NOT NULL DEFAULT '',
    "proposingBody" TEXT NOT NULL DEFAULT '',
    "proposalRef" TEXT NOT NULL DEFAULT '',
    "opensAt" TIMESTAMPTZ(3),
    "workingDays" INTEGER NOT NULL DEFAULT 10,
    "countPostingDay" BOOLEAN NOT NULL DEFAULT false,
    "closesOn" DATE,
    "closesAt" TIMESTAMPTZ(3),
    "extendedReason" TEXT,
    "receivingUnit" TEXT NOT NULL DEFAULT '',
    "postalAddress" TEXT NOT NULL DEFAULT '',
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "contactPerson" TEXT NOT NULL DEFAULT '',
    "status" "ConsultationStatus" NOT NULL DEFAULT 'DRAFT',
    "returnComment" TEXT,
    "outcomeText" TEXT,
    "outcomeUrl" TEXT,
    "outcomePublishedAt" TIMESTAMPTZ(3),
    "calendarFlaggedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    "lastEditorId" INTEGER,
    CONSTRAINT "Consultation_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Consultation_slug_key" ON "Consultation"("slug");
CREATE INDEX "Consultation_status_opensAt_idx" ON "Consultation"("status", "opensAt" DESC);
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Consultation" ADD CONSTRAINT "Consultation_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ConsultationCandidate" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    "kind" "RecipientKind" NOT NULL,
    "name" TEXT NOT NULL,
    "jobTitle" TEXT NOT NULL DEFAULT '',
    "unit" TEXT NOT NULL DEFAULT '',
    "commune" TEXT NOT NULL DEFAULT '',
    "awardTypeId" INTEGER NOT NULL,
    "awardClass" TEXT,
    "posthumous" BOOLEAN NOT NULL DEFAULT false,
    "achievementSummary" TEXT NOT NULL DEFAULT '',
    "withdrawnAt" TIMESTAMPTZ(3),
    "withdrawnNote" TEXT,
    CONSTRAINT "ConsultationCandidate_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ConsultationCandidate_consultationId_position_idx" ON "ConsultationCandidate"("consultationId", "position");
ALTER TABLE "ConsultationCandidate" ADD CONSTRAINT "ConsultationCandidate_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsultationCandidate" ADD CONSTRAINT "ConsultationCandidate_awardTypeId_fkey" FOREIGN KEY ("awardTypeId") REFERENCES "AwardType"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

CREATE TABLE "ConsultationResponse" (
    "id" SERIAL NOT NULL,
    "receiptCode" TEXT NOT NULL,
    "formToken" TEXT NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "candidateId" INTEGER,
    "fullName" TEXT NOT NULL,
    "email" TEXT NOT NULL DEFAULT '',
    "phone" TEXT NOT NULL DEFAULT '',
    "address" TEXT NOT NULL DEFAULT '',
    "content" TEXT NOT NULL,
    "consentVersion" TEXT NOT NULL,
    "consentAt" TIMESTAMPTZ(3) NOT NULL,
    "ipHash" TEXT NOT NULL,
    "status" "ResponseStatus" NOT NULL DEFAULT 'RECEIVED',
    "internalNote" TEXT NOT NULL DEFAULT '',
    "handledById" INTEGER,
    "handledAt" TIMESTAMPTZ(3),
    "submittedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ConsultationResponse_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ConsultationResponse_receiptCode_key" ON "ConsultationResponse"("receiptCode");
CREATE UNIQUE INDEX "ConsultationResponse_formToken_key" ON "ConsultationResponse"("formToken");
CREATE INDEX "ConsultationResponse_consultationId_submittedAt_idx" ON "ConsultationResponse"("consultationId", "submittedAt" DESC);
CREATE INDEX "ConsultationResponse_ipHash_submittedAt_idx" ON "ConsultationResponse"("ipHash", "submittedAt");
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_candidateId_fkey" FOREIGN KEY ("candidateId") REFERENCES "ConsultationCandidate"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "ConsultationResponse" ADD CONSTRAINT "ConsultationResponse_handledById_fkey" FOREIGN KEY ("handledById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ResponseFile" (
    "id" SERIAL NOT NULL,
    "responseId" INTEGER NOT NULL,
    "originalName" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "bytes" INTEGER NOT NULL,
    "checksum" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    CONSTRAINT "ResponseFile_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "ResponseFile_storageKey_key" ON "ResponseFile"("storageKey");
CREATE INDEX "ResponseFile_responseId_idx" ON "ResponseFile"("responseId");
ALTER TABLE "ResponseFile" ADD CONSTRAINT "ResponseFile_responseId_fkey" FOREIGN KEY ("responseId") REFERENCES "ConsultationResponse"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "ConsultationRevision" (
    "id" SERIAL NOT NULL,
    "consultationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    CONSTRAINT "ConsultationRevision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "ConsultationRevision_consultationId_createdAt_idx" ON "ConsultationRevision"("consultationId", "createdAt" DESC);
ALTER TABLE "ConsultationRevision" ADD CONSTRAINT "ConsultationRevision_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "ConsultationRevision" ADD CONSTRAINT "ConsultationRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "Attachment" ADD COLUMN "consultationId" INTEGER;
CREATE INDEX "Attachment_consultationId_position_idx" ON "Attachment"("consultationId", "position");
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_consultationId_fkey" FOREIGN KEY ("consultationId") REFERENCES "Consultation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "FormDraft" (
    "id" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "FormDraft_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "FormDraft_expiresAt_idx" ON "FormDraft"("expiresAt");
