-- Vietnamese full-text search: diacritic-, case- and Unicode-form-insensitive.

CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- NFC, then no diacritics (unaccent also maps đ/Đ to d/D), then lower case. unaccent is
-- only STABLE (its dictionary could change), so this wrapper names the dictionary
-- explicitly and is declared IMMUTABLE to be usable in indexes.
CREATE OR REPLACE FUNCTION portal_fold(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, normalize(value, NFC))) $$;

-- CreateTable
-- status, publishedAt and sectionId are copies from "Article", so a search reads one
-- table and can walk the newest matches by index.
CREATE TABLE "ArticleSearch" (
    "articleId" INTEGER NOT NULL,
    "status" "ArticleStatus" NOT NULL,
    "publishedAt" TIMESTAMPTZ(3),
    "sectionId" INTEGER NOT NULL,
    "titleFolded" TEXT NOT NULL,
    "titleVector" tsvector NOT NULL,
    "leadVector" tsvector NOT NULL,
    "words" tsvector NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId")
);

ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "ArticleSearch_words_idx" ON "ArticleSearch" USING GIN ("words");
CREATE INDEX "ArticleSearch_titleFolded_trgm_idx" ON "ArticleSearch" USING GIN ("titleFolded" gin_trgm_ops);
CREATE INDEX "ArticleSearch_publishedAt_idx" ON "ArticleSearch" ("publishedAt" DESC, "articleId" DESC);

-- The search vectors of one article: the title alone, and the title with the lead and
-- tags (both small, with word positions for phrases, to rank by); and "words", every
-- word of the title, lead, tags, body, photo captions, byline, attachment titles and the
-- text inside attachments, without positions: small enough that checking it row by row
-- while walking the newest articles stays cheap. Only "words" is GIN-indexed.
CREATE OR REPLACE FUNCTION portal_refresh_article_search(target integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  a record;
  tag_names text;
  captions text;
  file_titles text;
  file_text text;
BEGIN
  SELECT id, title, sapo, "bodyText", byline, status, "publishedAt", "sectionId" INTO a FROM "Article" WHERE id = target;
  IF NOT FOUND THEN
    DELETE FROM "ArticleSearch" WHERE "articleId" = target;
    RETURN;
  END IF;
  SELECT coalesce(string_agg(t.name, ' '), '') INTO tag_names
    FROM "ArticleTag" at JOIN "Tag" t ON t.id = at."tagId" WHERE at."articleId" = target;
  SELECT coalesce(string_agg(concat_ws(' ', caption, credit), ' '), '') INTO captions
    FROM "ArticleMedia" WHERE "articleId" = target;
  SELECT coalesce(string_agg(title, ' '), ''), coalesce(string_agg(text, ' '), '') INTO file_titles, file_text
    FROM "Attachment" WHERE "articleId" = target;

  INSERT INTO "ArticleSearch" ("articleId", "status", "publishedAt", "sectionId", "titleFolded", "titleVector", "leadVector", "words", "updatedAt")
  VALUES (
    target,
    a.status,
    a."publishedAt",
    a."sectionId",
    portal_fold(a.title),
    to_tsvector('simple', portal_fold(a.title)),
    to_tsvector('simple', portal_fold(concat_ws(' ', a.title, a.sapo, tag_names))),
    strip(to_tsvector('simple', portal_fold(concat_ws(' ', a.title, a.sapo, tag_names, a."bodyText", captions, a.byline, file_titles, file_text)))),
    now()
  )
  ON CONFLICT ("articleId") DO UPDATE
    SET "status" = EXCLUDED."status", "publishedAt" = EXCLUDED."publishedAt", "sectionId" = EXCLUDED."sectionId",
        "titleFolded" = EXCLUDED."titleFolded", "titleVector" = EXCLUDED."titleVector", "leadVector" = EXCLUDED."leadVector",
        "words" = EXCLUDED."words", "updatedAt" = EXCLUDED."updatedAt";
END $$;

-- Triggers keep the document in step inside the same transaction as every write,
-- whichever code path makes it.
CREATE OR REPLACE FUNCTION portal_article_search_trigger() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'Article' THEN
    PERFORM portal_refresh_article_search(NEW.id);
  ELSIF TG_TABLE_NAME = 'Tag' THEN
    PERFORM portal_refresh_article_search(at."articleId") FROM "ArticleTag" at WHERE at."tagId" = NEW.id;
  ELSE
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD."articleId" IS NOT NULL THEN
      PERFORM portal_refresh_article_search(OLD."articleId");
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW."articleId" IS NOT NULL
       AND (TG_OP = 'INSERT' OR NEW."articleId" IS DISTINCT FROM OLD."articleId") THEN
      PERFORM portal_refresh_article_search(NEW."articleId");
    END IF;
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "Article_search" AFTER INSERT OR UPDATE OF title, sapo, "bodyText", byline, status, "publishedAt", "sectionId" ON "Article"
  FOR EACH ROW EXECUTE FUNCTION portal_article_search_trigger();
CREATE TRIGGER "Tag_search" AFTER UPDATE OF name ON "Tag"
  FOR EACH ROW EXECUTE FUNCTION portal_article_search_trigger();
CREATE TRIGGER "ArticleTag_search" AFTER INSERT OR UPDATE OR DELETE ON "ArticleTag"
  FOR EACH ROW EXECUTE FUNCTION portal_article_search_trigger();
CREATE TRIGGER "ArticleMedia_search" AFTER INSERT OR UPDATE OF caption, credit, "articleId" OR DELETE ON "ArticleMedia"
  FOR EACH ROW EXECUTE FUNCTION portal_article_search_trigger();
CREATE TRIGGER "Attachment_search" AFTER INSERT OR UPDATE OF title, text, "articleId" OR DELETE ON "Attachment"
  FOR EACH ROW EXECUTE FUNCTION portal_article_search_trigger();

-- Articles that already exist.
SELECT portal_refresh_article_search(id) FROM "Article";
