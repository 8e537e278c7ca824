-- Văn bản – Biểu mẫu – Thủ tục: the documents register with its relations, the forms
-- library and the links to administrative procedures on the National Public Service Portal.

CREATE TYPE "LegalDocumentType" AS ENUM ('LAW', 'ORDINANCE', 'RESOLUTION', 'DECREE', 'CIRCULAR', 'DECISION', 'DIRECTIVE', 'PLAN', 'GUIDANCE', 'OFFICIAL_LETTER', 'NOTICE');
CREATE TYPE "DocumentScope" AS ENUM ('CENTRAL', 'PROVINCIAL');
CREATE TYPE "DocumentRelationKind" AS ENUM ('REPLACES', 'AMENDS', 'GUIDES', 'REPEALS');
CREATE TYPE "RecordStatus" AS ENUM ('DRAFT', 'SUBMITTED', 'RETURNED', 'PUBLISHED', 'WITHDRAWN');
CREATE TYPE "ProcedureLevel" AS ENUM ('PROVINCIAL', 'COMMUNE');

CREATE TABLE "LegalDocument" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "number" TEXT NOT NULL,
    "type" "LegalDocumentType" NOT NULL,
    "issuer" TEXT NOT NULL,
    "signerName" TEXT NOT NULL DEFAULT '',
    "signerTitle" TEXT NOT NULL DEFAULT '',
    "issuedOn" DATE NOT NULL,
    "effectiveFrom" DATE NOT NULL,
    "effectiveTo" DATE,
    "summary" TEXT NOT NULL,
    "field" TEXT NOT NULL DEFAULT '',
    "scope" "DocumentScope" NOT NULL,
    "externalUrl" TEXT NOT NULL DEFAULT '',
    "status" "RecordStatus" NOT NULL DEFAULT 'DRAFT',
    "returnComment" TEXT,
    "publishedAt" TIMESTAMPTZ(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "headWords" TEXT NOT NULL DEFAULT '',
    "words" tsvector,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    "createdById" INTEGER,
    "lastEditorId" INTEGER,
    CONSTRAINT "LegalDocument_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "LegalDocument_slug_key" ON "LegalDocument"("slug");
CREATE UNIQUE INDEX "LegalDocument_number_issuer_key" ON "LegalDocument"("number", "issuer");
CREATE INDEX "LegalDocument_status_issuedOn_idx" ON "LegalDocument"("status", "issuedOn" DESC);
CREATE INDEX "LegalDocument_words_idx" ON "LegalDocument" USING GIN ("words");
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "LegalDocument" ADD CONSTRAINT "LegalDocument_lastEditorId_fkey" FOREIGN KEY ("lastEditorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "LegalDocumentRelation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "DocumentRelationKind" NOT NULL,
    "partial" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "LegalDocumentRelation_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "LegalDocumentRelation_not_self" CHECK ("fromId" <> "toId")
);
CREATE UNIQUE INDEX "LegalDocumentRelation_fromId_toId_kind_key" ON "LegalDocumentRelation"("fromId", "toId", "kind");
CREATE INDEX "LegalDocumentRelation_toId_idx" ON "LegalDocumentRelation"("toId");
ALTER TABLE "LegalDocumentRelation" ADD CONSTRAINT "LegalDocumentRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LegalDocumentRelation" ADD CONSTRAINT "LegalDocumentRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE TABLE "LegalDocumentRevision" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "snapshot" JSONB NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdById" INTEGER,
    CONSTRAINT "LegalDocumentRevision_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "LegalDocumentRevision_documentId_createdAt_idx" ON "LegalDocumentRevision"("documentId", "createdAt" DESC);
ALTER TABLE "LegalDocumentRevision" ADD CONSTRAINT "LegalDocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "LegalDocumentRevision" ADD CONSTRAINT "LegalDocumentRevision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "DocumentForm" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "sourceDocumentId" INTEGER,
    "published" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "DocumentForm_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DocumentForm_published_position_idx" ON "DocumentForm"("published", "position");
ALTER TABLE "DocumentForm" ADD CONSTRAINT "DocumentForm_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "LegalDocument"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "ProcedureLink" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "nationalCode" TEXT NOT NULL,
    "url" TEXT NOT NULL DEFAULT '',
    "level" "ProcedureLevel" NOT NULL,
    "internal" BOOLEAN NOT NULL DEFAULT false,
    "agency" TEXT NOT NULL DEFAULT '',
    "resultType" TEXT NOT NULL DEFAULT '',
    "timeLimitText" TEXT NOT NULL DEFAULT '',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ProcedureLink_pkey" PRIMARY KEY ("id"),
    -- The national portal's page is what makes a procedure entry useful: none is published without it.
    CONSTRAINT "ProcedureLink_published_has_url" CHECK (NOT "published" OR "url" <> '')
);
CREATE UNIQUE INDEX "ProcedureLink_nationalCode_key" ON "ProcedureLink"("nationalCode");
CREATE INDEX "ProcedureLink_published_position_idx" ON "ProcedureLink"("published", "position");

ALTER TABLE "Attachment" ADD COLUMN "documentId" INTEGER;
ALTER TABLE "Attachment" ADD COLUMN "formId" INTEGER;
CREATE INDEX "Attachment_documentId_position_idx" ON "Attachment"("documentId", "position");
CREATE INDEX "Attachment_formId_position_idx" ON "Attachment"("formId", "position");
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "LegalDocument"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_formId_fkey" FOREIGN KEY ("formId") REFERENCES "DocumentForm"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The search text of one document, kept by every write of the document or of its files.
-- "headWords" (the folded type and number, " nghi dinh 98 2023 nd cp ") is written by the
-- application (src/lib/documents/document-labels.ts), which names the types.
CREATE OR REPLACE FUNCTION portal_refresh_document_search(target integer) RETURNS void
LANGUAGE sql AS $$
  UPDATE "LegalDocument" d SET
    "words" = strip(to_tsvector('simple', portal_words(concat_ws(' ', d."headWords", d."number", d."issuer", d."signerName", d."summary", d."field",
        (SELECT string_agg(concat_ws(' ', a."title", a."text"), ' ') FROM "Attachment" a WHERE a."documentId" = d."id")))))
  WHERE d."id" = target
$$;

CREATE OR REPLACE FUNCTION portal_document_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'LegalDocument' THEN
    PERFORM portal_refresh_document_search(NEW.id);
  ELSE
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."documentId" IS NOT NULL THEN
      PERFORM portal_refresh_document_search(OLD."documentId");
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."documentId" IS NOT NULL THEN
      PERFORM portal_refresh_document_search(NEW."documentId");
    END IF;
  END IF;
  RETURN NULL;
END $$;

-- Only the columns the text is made of: the refresh's own UPDATE touches neither, so it does not fire again.
CREATE TRIGGER "LegalDocument_search" AFTER INSERT OR UPDATE OF "headWords", "number", "issuer", "signerName", "summary", "field" ON "LegalDocument"
  FOR EACH ROW EXECUTE FUNCTION portal_document_search_trigger();
CREATE TRIGGER "Attachment_document_search" AFTER INSERT OR UPDATE OF "title", "text", "documentId" OR DELETE ON "Attachment"
  FOR EACH ROW EXECUTE FUNCTION portal_document_search_trigger();
