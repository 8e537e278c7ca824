-- The agency's portal: its own pages (content written as articles), the menus and the
-- "Liên kết website" block edited by administrators, and the logo, banner and footer
-- settings.

CREATE TYPE "PageLocale" AS ENUM ('VI', 'EN');
CREATE TYPE "MenuPlace" AS ENUM ('MAIN', 'FOOTER');

CREATE TABLE "AgencyPage" (
    "id" SERIAL NOT NULL,
    "articleId" INTEGER NOT NULL,
    "path" TEXT NOT NULL,
    "locale" "PageLocale" NOT NULL DEFAULT 'VI',
    "translationId" INTEGER,
    "contactBlock" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "AgencyPage_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AgencyPage_not_own_translation" CHECK ("translationId" <> "id")
);
CREATE UNIQUE INDEX "AgencyPage_articleId_key" ON "AgencyPage"("articleId");
CREATE UNIQUE INDEX "AgencyPage_path_key" ON "AgencyPage"("path");
CREATE UNIQUE INDEX "AgencyPage_translationId_key" ON "AgencyPage"("translationId");
CREATE INDEX "AgencyPage_locale_position_idx" ON "AgencyPage"("locale", "position");
ALTER TABLE "AgencyPage" ADD CONSTRAINT "AgencyPage_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "AgencyPage" ADD CONSTRAINT "AgencyPage_translationId_fkey" FOREIGN KEY ("translationId") REFERENCES "AgencyPage"("id") ON DELETE SET NULL ON UPDATE CASCADE;

CREATE TABLE "MenuItem" (
    "id" SERIAL NOT NULL,
    "place" "MenuPlace" NOT NULL,
    "label" TEXT NOT NULL,
    "href" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "MenuItem_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "MenuItem_place_position_idx" ON "MenuItem"("place", "position");

CREATE TABLE "WebsiteLink" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    "url" TEXT NOT NULL,
    "logoMediaId" INTEGER,
    "position" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "WebsiteLink_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "WebsiteLink_position_idx" ON "WebsiteLink"("position");
ALTER TABLE "WebsiteLink" ADD CONSTRAINT "WebsiteLink_logoMediaId_fkey" FOREIGN KEY ("logoMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "SiteSettings" ADD COLUMN "logoMediaId" INTEGER;
ALTER TABLE "SiteSettings" ADD COLUMN "bannerMediaId" INTEGER;
ALTER TABLE "SiteSettings" ADD COLUMN "officeHours" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "mapUrl" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD COLUMN "footerNote" TEXT NOT NULL DEFAULT '';
ALTER TABLE "SiteSettings" ADD CONSTRAINT "SiteSettings_logoMediaId_fkey" FOREIGN KEY ("logoMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "SiteSettings" ADD CONSTRAINT "SiteSettings_bannerMediaId_fkey" FOREIGN KEY ("bannerMediaId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;
