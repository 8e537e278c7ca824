-- What made each revision: the version list tells autosaves, manual saves, restores and
-- the workflow steps apart.
CREATE TYPE "RevisionKind" AS ENUM ('CREATE', 'AUTOSAVE', 'SAVE', 'RESTORE', 'SUBMIT', 'RETURN', 'PUBLISH', 'SCHEDULE', 'FORCE_PUBLISH', 'WITHDRAW');

ALTER TABLE "Revision" ADD COLUMN "kind" "RevisionKind" NOT NULL DEFAULT 'SAVE';

UPDATE "Revision" SET "kind" = 'CREATE' WHERE "note" = 'Tạo bài';
UPDATE "Revision" SET "kind" = 'RESTORE' WHERE "note" LIKE 'Khôi phục%';
