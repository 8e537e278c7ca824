import { expect, test } from '@playwright/test';
import { withDatabase } from './fixtures';

// A reader's pages work with JavaScript off: links, a second list page, the search form
// (a plain GET form) and printing (the browser's own, with the print stylesheet).

test.use({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });

const SECTION = { name: 'Tư liệu lưu trữ', slug: 'tu-lieu-luu-tru' };
const announceEverything = (db: { query: (sql: string) => Promise<unknown> }) => db.query(`SELECT pg_notify('portal_changes', '{"everything":true}')`);

test.beforeAll(async () => {
  // 23 articles: a second page of the section's list (20 a page), all with one tag.
  await withDatabase(async (db) => {
    const section = await db.query(`INSERT INTO "Section" (name, slug, position, "updatedAt") VALUES ($1, $2, 99, now()) RETURNING id`, [SECTION.name, SECTION.slug]);
    const tag = await db.query(`INSERT INTO "Tag" (name, slug) VALUES ('Lưu trữ', 'luu-tru') RETURNING id`);
    for (let i = 1; i <= 23; i += 1) {
      const article = await db.query(
        `INSERT INTO "Article" (title, slug, sapo, body, "bodyText", byline, status, "publishedAt", "sectionId", "updatedAt")
         VALUES ($1, $2, 'Tư liệu về phong trào thi đua.', '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Nội dung tư liệu."}]}]}', 'Nội dung tư liệu.', 'Ban biên tập', 'PUBLISHED', now() - make_interval(days => $3), $4, now())
         RETURNING id`,
        [`Tư liệu thi đua số ${i}`, `tu-lieu-thi-dua-so-${i}`, i, section.rows[0].id],
      );
      await db.query(`INSERT INTO "ArticleTag" ("articleId", "tagId", position) VALUES ($1, $2, 0)`, [article.rows[0].id, tag.rows[0].id]);
    }
    await announceEverything(db);
  });
});

test.afterAll(async () => {
  await withDatabase(async (db) => {
    await db.query(`DELETE FROM "Article" WHERE slug LIKE 'tu-lieu-thi-dua-so-%'`);
    await db.query(`DELETE FROM "Tag" WHERE slug = 'luu-tru'`);
    await db.query(`DELETE FROM "Section" WHERE slug = $1`, [SECTION.slug]);
    await announceEverything(db);
  });
});

test('with JavaScript off, a reader goes home → section page 2 → article → tag → search, and prints', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Menu chính' }).getByRole('link', { name: SECTION.name }).click();
  await expect(page).toHaveURL(new RegExp(`/chuyen-muc/${SECTION.slug}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SECTION.name);
  await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Tư liệu thi đua số 1');

  await page.getByRole('navigation', { name: 'Phân trang' }).getByRole('link', { name: 'Trang sau ›' }).click();
  await expect(page).toHaveURL(new RegExp(`/chuyen-muc/${SECTION.slug}\\?trang=2$`));
  await expect(page).toHaveTitle(new RegExp(`^${SECTION.name} – Trang 2`));
  // Page 2 holds the 21st to the 23rd, newest first.
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText(['Tư liệu thi đua số 21', 'Tư liệu thi đua số 22', 'Tư liệu thi đua số 23']);

  await page.getByRole('link', { name: 'Tư liệu thi đua số 22' }).click();
  await expect(page).toHaveURL(/\/bai-viet\/tu-lieu-thi-dua-so-22$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tư liệu thi đua số 22');

  await page.getByRole('link', { name: 'Lưu trữ', exact: true }).click();
  await expect(page).toHaveURL(/\/the\/luu-tru$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Thẻ: Lưu trữ');

  await page.goto('/tim-kiem');
  await page.getByRole('searchbox').first().fill('tu lieu thi dua so 7');
  await page.getByRole('searchbox').first().press('Enter');
  await expect(page).toHaveURL(/\/tim-kiem\?q=tu\+lieu\+thi\+dua\+so\+7/);
  await expect(page.getByRole('link', { name: 'Tư liệu thi đua số 7' }).first()).toBeVisible();

  // Printing is the browser's: the article prints without the site's frame; the print
  // button, which needs a script, is not offered.
  await page.goto('/bai-viet/tu-lieu-thi-dua-so-7');
  await expect(page.getByRole('button', { name: 'In bài viết' })).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tư liệu thi đua số 7');
  await expect(page.getByText('Nội dung tư liệu.')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Menu chính' })).toBeHidden();
  await expect(page.locator('footer')).toBeHidden();
});
