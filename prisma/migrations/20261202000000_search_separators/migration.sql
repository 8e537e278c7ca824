-- Numbers written with separators are found however they are typed: "98/2023/NĐ-CP",
-- "163/QĐ-UBND", "2025-2030", "2020–2025". PostgreSQL's text parser keeps "98/2023/nd-cp"
-- as one path-like token and reads "2025-2030" as 2025 and -2030, so a search for "98/2023"
-- or "2030" missed them. The search text is now folded words only (a–z, 0–9, separated by
-- spaces), exactly the words a query is split into (src/lib/search/query.ts).
CREATE OR REPLACE FUNCTION portal_words(value text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT btrim(regexp_replace(portal_fold(value), '[^a-z0-9]+', ' ', 'g')) $$;

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
    portal_words(a.title),
    to_tsvector('simple', portal_words(a.title)),
    to_tsvector('simple', portal_words(concat_ws(' ', a.title, a.sapo, tag_names))),
    strip(to_tsvector('simple', portal_words(concat_ws(' ', a.title, a.sapo, tag_names, a."bodyText", captions, a.byline, file_titles, file_text)))),
    now()
  )
  ON CONFLICT ("articleId") DO UPDATE
    SET "status" = EXCLUDED."status", "publishedAt" = EXCLUDED."publishedAt", "sectionId" = EXCLUDED."sectionId",
        "titleFolded" = EXCLUDED."titleFolded", "titleVector" = EXCLUDED."titleVector", "leadVector" = EXCLUDED."leadVector",
        "words" = EXCLUDED."words", "updatedAt" = EXCLUDED."updatedAt";
END $$;

-- Articles that already exist.
SELECT portal_refresh_article_search(id) FROM "Article";
