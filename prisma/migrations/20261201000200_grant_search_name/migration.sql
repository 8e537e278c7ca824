-- Names in the awards register searched by word start through a trigram index on the
-- folded name itself, kept by the database: " nguyen van a " (NFC, no diacritics, lower
-- case, anything but letters and digits a space, one space either side). "% van%" is then
-- a word that starts with "van", and the index can narrow by " va" and "van".

DROP INDEX IF EXISTS "AwardGrant_name_trgm_idx";
ALTER TABLE "AwardGrant" ADD COLUMN "searchName" TEXT GENERATED ALWAYS AS (' ' || btrim(regexp_replace(portal_fold("displayName"), '[^a-z0-9]+', ' ', 'g')) || ' ') STORED;
CREATE INDEX "AwardGrant_searchName_trgm_idx" ON "AwardGrant" USING GIN ("searchName" gin_trgm_ops) WHERE "listed";
