-- Four eyes on live articles: an edit of a published or scheduled article waits, as a
-- revision, until someone other than its authors publishes it; the public keeps the
-- approved version meanwhile. An approver's own small correction, where the settings
-- allow it, is published alone and marked.
ALTER TYPE "RevisionKind" ADD VALUE 'CORRECTION';

ALTER TABLE "Article" ADD COLUMN "pendingRevisionId" INTEGER;
CREATE UNIQUE INDEX "Article_pendingRevisionId_key" ON "Article"("pendingRevisionId");
ALTER TABLE "Article" ADD CONSTRAINT "Article_pendingRevisionId_fkey" FOREIGN KEY ("pendingRevisionId") REFERENCES "Revision"("id") ON DELETE SET NULL ON UPDATE CASCADE;
