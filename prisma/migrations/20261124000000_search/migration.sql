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
CREATE TABLE "ArticleSearch" (
    "articleId" INTEGER NOT NULL,
    "titleFolded" TEXT NOT NULL,
    "document" tsvector NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "ArticleSearch_pkey" PRIMARY KEY ("articleId")
);

ALTER TABLE "ArticleSearch" ADD CONSTRAINT "ArticleSearch_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

CREATE INDEX "ArticleSearch_document_idx" ON "ArticleSearch" USING GIN ("document");
CREATE INDEX "ArticleSearch_titleFolded_trgm_idx" ON "ArticleSearch" USING GIN ("titleFolded" gin_trgm_ops);

-- The search document of one article, weighted: A title; B lead and tags; C body,
-- photo captions, byline and attachment titles; D text inside attachments.
CREATE OR REPLACE FUNCTION portal_refresh_article_search(target integer) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  a record;
  tag_names text;
  captions text;
  file_titles text;
  file_text text;
BEGIN
  SELECT id, title, sapo, "bodyText", byline INTO a FROM "Article" WHERE id = target;
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

  INSERT INTO "ArticleSearch" ("articleId", "titleFolded", "document", "updatedAt")
  VALUES (
    target,
    portal_fold(a.title),
    setweight(to_tsvector('simple', portal_fold(a.title)), 'A') ||
    setweight(to_tsvector('simple', portal_fold(concat_ws(' ', a.sapo, tag_names))), 'B') ||
    setweight(to_tsvector('simple', portal_fold(concat_ws(' ', a."bodyText", captions, a.byline, file_titles))), 'C') ||
    setweight(to_tsvector('simple', portal_fold(file_text)), 'D'),
    now()
  )
  ON CONFLICT ("articleId") DO UPDATE
    SET "titleFolded" = EXCLUDED."titleFolded", "document" = EXCLUDED."document", "updatedAt" = EXCLUDED."updatedAt";
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

CREATE TRIGGER "Article_search" AFTER INSERT OR UPDATE OF title, sapo, "bodyText", byline ON "Article"
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
