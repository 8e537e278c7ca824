-- A page moved to a new address keeps answering at its old ones, with a redirect.
ALTER TABLE "AgencyPage" ADD COLUMN "formerPaths" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[];
CREATE INDEX "AgencyPage_formerPaths_idx" ON "AgencyPage" USING GIN ("formerPaths");
