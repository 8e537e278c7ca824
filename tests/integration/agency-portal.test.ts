import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveSettings } from '@/lib/admin/site-admin';
import { latestArticles, lookupArticle } from '@/lib/content/public-queries';
import { loadSettingsView } from '@/lib/content/settings';
import { saveArticle } from '@/lib/editor/article-store';
import { isPublicPhoto } from '@/lib/editor/read-access';
import { transition } from '@/lib/editor/workflow';
import { loadAgencyPage, loadMovedPath } from '@/lib/pages/agency-pages';
import { createAgencyPage, savePageSettings } from '@/lib/pages/page-admin';
import { deleteMenuItem, readMenusForEditing, resetMenu, saveMenuItem, saveWebsiteLink } from '@/lib/site/menu-admin';
import { agencyPageJsonLd, agencyPageMetadata } from '@/lib/seo/page-metadata';
import { articleForm, as, refused, setUpEditorial } from '../support/editor';
import { testClient } from '../support/database';

// The agency's own pages, menus and frame settings through the real path: an
// administrator adds a page, an editor writes it in the article editor, someone else
// publishes it; its English translation is linked both ways; menus and the logo are
// changed by administrators only.

const client = testClient();
let staff: Awaited<ReturnType<typeof setUpEditorial>>['staff'];
let sectionId = 0;

beforeAll(async () => {
  ({ staff, sectionId } = await setUpEditorial(client));
  await client.siteSettings.create({ data: { id: 1, siteName: 'Thi đua – Khen thưởng', agencyName: 'Ban Thi đua – Khen thưởng tỉnh An Hòa', address: 'Số 12 đường Lê Lợi', phone: '0270 3 822 145', email: 'bantdkt@anhoa.gov.vn' } });
});
afterAll(() => client.$disconnect());

/** Written by the editor in the article editor, submitted, published by an approver. */
async function writeAndPublish(articleId: number, title: string, body: string) {
  const current = await client.article.findUniqueOrThrow({ where: { id: articleId } });
  const saved = await saveArticle(as(staff.editor), articleId, current.version, articleForm(sectionId, { title, sapo: `${title}: phần mở đầu.`, tags: [], body: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: body }] }] }) }));
  const submitted = await transition(as(staff.editor), articleId, 'submit', { version: saved.version });
  expect((await refused(transition(as(staff.editor), articleId, 'publish', { version: submitted.version }))).status).toBe(403);
  await transition(as(staff.approver), articleId, 'publish', { version: submitted.version });
}

describe('pages of the agency', () => {
  let about = 0;
  let english = 0;

  it('are added by administrators only, at an address under /gioi-thieu, /lien-he or /en', async () => {
    expect((await refused(createAgencyPage(as(staff.editor), { title: 'Giới thiệu', path: 'gioi-thieu', translationId: '', contactBlock: false, position: '1' }))).status).toBe(403);
    const bad = await refused(createAgencyPage(as(staff.admin), { title: 'Giới thiệu', path: 'Trang Chủ/../x', translationId: '', contactBlock: false, position: '1' }));
    expect(bad.fieldErrors?.path?.[0]).toMatch(/^Địa chỉ trang: gioi-thieu/);
    expect((await refused(createAgencyPage(as(staff.admin), { title: 'Văn bản', path: 'van-ban', translationId: '', contactBlock: false, position: '1' }))).fieldErrors?.path).toBeDefined();
    ({ articleId: about } = await createAgencyPage(as(staff.admin), { title: 'Giới thiệu', path: '/gioi-thieu/', translationId: '', contactBlock: false, position: '10' }));
    expect((await refused(createAgencyPage(as(staff.admin), { title: 'Giới thiệu khác', path: 'gioi-thieu', translationId: '', contactBlock: false, position: '1' }))).fieldErrors?.path).toEqual(['Đã có trang ở địa chỉ này.']);
    // A refused page leaves no draft behind.
    expect(await client.article.count()).toBe(1);
  });

  it('are public only once written and published by a second person, never in the news', async () => {
    expect(await loadAgencyPage('gioi-thieu')).toBeNull();
    await writeAndPublish(about, 'Giới thiệu Ban Thi đua – Khen thưởng', 'Ban là cơ quan thuộc Sở Nội vụ.');
    const page = (await loadAgencyPage('gioi-thieu'))!;
    expect(page.article.title).toBe('Giới thiệu Ban Thi đua – Khen thưởng');
    expect(page.article.bodyText).toContain('Ban là cơ quan thuộc Sở Nội vụ.');
    expect(page.article.pagePath).toBe('gioi-thieu');
    // Not among the latest news; its article's address points to the page.
    expect((await latestArticles(10)).map((a) => a.id)).toEqual([]);
    const lookup = await lookupArticle(page.article.slug);
    expect(lookup.kind === 'found' && lookup.article.pagePath).toBe('gioi-thieu');
  });

  it('links a page and its English translation both ways (hreflang)', async () => {
    const aboutPage = await client.agencyPage.findUniqueOrThrow({ where: { path: 'gioi-thieu' } });
    const wrong = await refused(createAgencyPage(as(staff.admin), { title: 'Lịch sử', path: 'gioi-thieu/lich-su', translationId: String(aboutPage.id), contactBlock: false, position: '20' }));
    expect(wrong.fieldErrors?.translationId).toEqual(['Bản dịch phải là trang của ngôn ngữ kia (tiếng Việt ↔ tiếng Anh).']);
    ({ articleId: english } = await createAgencyPage(as(staff.admin), { title: 'About', path: 'en', translationId: String(aboutPage.id), contactBlock: false, position: '10' }));
    await writeAndPublish(english, 'About the Board', 'The Board advises the province on emulation and commendation.');
    const en = (await loadAgencyPage('en'))!;
    const vi = (await loadAgencyPage('gioi-thieu'))!;
    expect(en.locale).toBe('EN');
    expect(en.translation).toEqual({ path: 'gioi-thieu', title: 'Giới thiệu Ban Thi đua – Khen thưởng', locale: 'VI' });
    expect(vi.translation).toEqual({ path: 'en', title: 'About the Board', locale: 'EN' });
    const settings = await loadSettingsView(client);
    expect(agencyPageMetadata(vi, 'https://portal.test', settings).alternates).toEqual({ canonical: 'https://portal.test/gioi-thieu', languages: { vi: 'https://portal.test/gioi-thieu', en: 'https://portal.test/en' } });
    expect(agencyPageMetadata(en, 'https://portal.test', settings).alternates?.languages).toEqual({ en: 'https://portal.test/en', vi: 'https://portal.test/gioi-thieu' });
    expect(agencyPageJsonLd(en, 'https://portal.test', settings)).toMatchObject({ '@type': 'AboutPage', inLanguage: 'en', workTranslation: { '@id': 'https://portal.test/gioi-thieu' } });
  });

  it('moves a page to a new address and shows the contact details on a contact page', async () => {
    const { articleId } = await createAgencyPage(as(staff.admin), { title: 'Liên hệ', path: 'gioi-thieu/lien-he', translationId: '', contactBlock: false, position: '90' });
    await writeAndPublish(articleId, 'Liên hệ', 'Gửi câu hỏi qua thư điện tử.');
    const row = await client.agencyPage.findUniqueOrThrow({ where: { articleId } });
    await savePageSettings(as(staff.admin), row.id, { path: 'lien-he', translationId: '', contactBlock: true, position: '90' });
    expect(await loadAgencyPage('gioi-thieu/lien-he')).toBeNull();
    // Its old address redirects to the new one, until another page takes it.
    expect(await loadMovedPath('gioi-thieu/lien-he')).toBe('lien-he');
    expect(await loadMovedPath('gioi-thieu/khong-co')).toBeNull();
    const contact = (await loadAgencyPage('lien-he'))!;
    expect(contact.contactBlock).toBe(true);
    expect(agencyPageJsonLd(contact, 'https://portal.test', await loadSettingsView(client))).toMatchObject({ '@type': 'ContactPage', about: { telephone: '0270 3 822 145', email: 'bantdkt@anhoa.gov.vn' } });
    expect((await loadAgencyPage('gioi-thieu'))!.siblings.map((link) => link.path)).toEqual(['gioi-thieu', 'lien-he']);
  });
});

describe('menus, links and the logo', () => {
  it('start from the default menu on the first edit, refuse bad addresses, and are for administrators only', async () => {
    expect((await refused(saveMenuItem(as(staff.approver), null, { place: 'MAIN', label: 'Biểu mẫu', href: '/bieu-mau', position: '5' }))).status).toBe(403);
    const bad = await refused(saveMenuItem(as(staff.admin), null, { place: 'MAIN', label: '', href: 'javascript:alert(1)', position: '5' }));
    expect(bad.fieldErrors).toEqual({ label: ['Nhập tên mục.'], href: ['Địa chỉ là một trang của cổng (bắt đầu bằng /, ví dụ /van-ban) hoặc một địa chỉ https://'] });
    expect((await refused(saveMenuItem(as(staff.admin), null, { place: 'MAIN', label: 'Nơi khác', href: '//evil.example', position: '5' }))).fieldErrors?.href).toBeDefined();
    await saveMenuItem(as(staff.admin), null, { place: 'MAIN', label: 'Biểu mẫu', href: '/bieu-mau', position: '15' });
    const { items } = await readMenusForEditing(as(staff.admin));
    const main = items.filter((item) => item.place === 'MAIN');
    expect(main.map((item) => item.label)).toEqual(['Trang chủ', 'Biểu mẫu', 'Giới thiệu', 'Tin hoạt động', 'Lấy ý kiến', 'Tra cứu khen thưởng', 'Văn bản', 'Dịch vụ công', 'Hỏi đáp']);
    await deleteMenuItem(as(staff.admin), main[1].id);
    expect((await readMenusForEditing(as(staff.admin))).items.filter((item) => item.place === 'MAIN')).toHaveLength(8);
    expect((await refused(resetMenu(as(staff.editor), 'MAIN'))).status).toBe(403);
    await resetMenu(as(staff.admin), 'MAIN');
    expect((await readMenusForEditing(as(staff.admin))).items.filter((item) => item.place === 'MAIN')).toEqual([]);
  });

  it('saves a logo that was uploaded, and makes it public; refuses a missing one', async () => {
    const media = await client.media.create({ data: { storageKey: 'photos/logo-test', mime: 'image/png', bytes: 10, width: 400, height: 400, checksum: 'logo-test' } });
    const fields = { siteName: 'Thi đua – Khen thưởng', agencyName: 'Ban Thi đua – Khen thưởng tỉnh An Hòa', parentAgency: '', description: '', managingAgency: '', responsiblePerson: '', address: '', phone: '', email: '', licence: '', officeHours: '', mapUrl: '', footerNote: '', bannerMediaId: '' };
    expect(await isPublicPhoto('photos/logo-test')).toBe(false);
    expect((await refused(saveSettings(as(staff.admin), { ...fields, logoMediaId: '999999' }))).fieldErrors?.logoMediaId).toEqual(['Ảnh đã chọn không còn; vui lòng tải lên lại.']);
    expect((await refused(saveSettings(as(staff.admin), { ...fields, logoMediaId: '', mapUrl: 'javascript:x' }))).fieldErrors?.mapUrl).toEqual(['Địa chỉ bản đồ cần bắt đầu bằng https://']);
    await saveSettings(as(staff.admin), { ...fields, logoMediaId: String(media.id) });
    expect((await loadSettingsView(client)).logo).toEqual({ mediaId: media.id, storageKey: 'photos/logo-test', width: 400, height: 400 });
    expect(await isPublicPhoto('photos/logo-test')).toBe(true);
    await saveWebsiteLink(as(staff.admin), null, { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', logoMediaId: '', position: '10' });
    expect((await refused(saveWebsiteLink(as(staff.editor), null, { name: 'X', url: 'https://x.vn', logoMediaId: '', position: '1' }))).status).toBe(403);
  });
});
