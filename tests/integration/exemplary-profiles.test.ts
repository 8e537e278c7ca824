import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadProfile, loadProfiles } from '@/lib/awards/public-profiles';
import { createProfile, linkGrants, saveProfile } from '@/lib/awards/profile-store';
import { loadRecipient } from '@/lib/awards/recipients';
import { loadUnits, unitsByCode } from '@/lib/awards/register';
import { lookupArticle } from '@/lib/content/public-queries';
import { findInRegister } from '@/lib/search/search-register';
import { buildProfileJsonLd } from '@/lib/seo/profile-metadata';
import { createArticle, resetDatabase, testClient } from '../support/database';
import { as, createStaff, refused } from '../support/editor';

// Gương điển hình through the real path: a contributor's story (an article) becomes a
// profile; the profile reaches the public only when the article workflow publishes the
// story; the newsroom links the person's grants from the register to it.

const client = testClient();
let staff: Awaited<ReturnType<typeof createStaff>>;
let storyId = 0;
let grantIds: number[] = [];
const units = async () => unitsByCode(await loadUnits());

beforeAll(async () => {
  await resetDatabase(client);
  staff = await createStaff(client);
  const section = await client.section.create({ data: { name: 'Gương điển hình tiên tiến', slug: 'guong-dien-hinh' } });
  await client.administrativeUnit.create({ data: { code: '31006', name: 'Xã Mỹ Thạnh', type: 'COMMUNE' } });
  const story = await createArticle(client, { title: 'Cô giáo vùng sông nước 20 năm giữ lửa con chữ', status: 'DRAFT', publishedAt: null, sectionId: section.id, sapo: 'Hai mươi năm đứng lớp ở điểm trường ven sông.' });
  await client.article.update({ where: { id: story.id }, data: { createdById: staff.contributor.id, lastEditorId: staff.contributor.id } });
  storyId = story.id;
  await createArticle(client, { title: 'Tuyên dương cô giáo Lê Thị Thu Sương', sectionId: section.id, sapo: 'Cô Lê Thị Thu Sương được tặng danh hiệu Chiến sĩ thi đua cấp tỉnh.' });
  const award = await client.awardType.findUniqueOrThrow({ where: { code: 'CSTD_CAP_TINH' } });
  const decision = await client.awardDecision.create({
    data: { slug: '88-qd-ubnd-2026', number: '88/QĐ-UBND', issuedOn: new Date('2026-02-10'), issuer: 'Ủy ban nhân dân tỉnh An Hòa', summary: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2025', achievementYear: 2025, level: 'PROVINCIAL', status: 'PUBLISHED' },
  });
  const grant = (displayName: string, position: number, listed = true, extra: { decisionId?: number; unit?: string; issuedOn?: Date } = {}) => ({
    decisionId: decision.id, position, awardTypeId: award.id, recipientKind: 'INDIVIDUAL' as const, displayName, achievementYear: 2025, publishLevel: listed ? ('FULL' as const) : ('HIDDEN' as const), listed, issuedOn: decision.issuedOn, level: 'PROVINCIAL' as const,
    unit: 'Trường Tiểu học Mỹ Thạnh', ...extra,
  });
  await client.awardGrant.createMany({ data: [grant('Lê Thị Thu Sương', 1), grant('Lê Văn Hùng', 2)] });
  // Earlier: the same teacher (another spelling of her name, the same school), and a namesake elsewhere.
  const earlier = await client.awardDecision.create({
    data: { slug: '120-qd-ubnd-2022', number: '120/QĐ-UBND', issuedOn: new Date('2022-03-01'), issuer: 'Ủy ban nhân dân tỉnh An Hòa', summary: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm 2021', achievementYear: 2021, level: 'PROVINCIAL', status: 'PUBLISHED' },
  });
  await client.awardGrant.createMany({
    data: [
      grant('LÊ THỊ THU SƯƠNG', 1, true, { decisionId: earlier.id, issuedOn: earlier.issuedOn }),
      grant('Lê Thị Thu Sương', 2, true, { decisionId: earlier.id, issuedOn: earlier.issuedOn, unit: 'Bệnh viện Đa khoa tỉnh' }),
      grant('Lê Thị Thu Sương', 3, false, { decisionId: earlier.id, issuedOn: earlier.issuedOn }),
    ],
  });
  grantIds = (await client.awardGrant.findMany({ where: { decisionId: decision.id }, orderBy: { position: 'asc' } })).map((g) => g.id);
});
afterAll(() => client.$disconnect());


const fields = (overrides: Record<string, unknown> = {}) => ({
  name: 'Lê Thị Thu Sương',
  slug: '',
  kind: 'INDIVIDUAL' as const,
  field: 'Giáo dục' as const,
  unit: 'Trường Tiểu học Mỹ Thạnh',
  communeCode: '31006',
  summary: 'Hai mươi năm đứng lớp ở điểm trường ven sông.',
  articleId: String(storyId),
  portraitMediaId: '',
  portraitAlt: '',
  ...overrides,
});

describe('a profile and its story', () => {
  let id = 0;

  it('is made by whoever may edit the story, never by someone who may not', async () => {
    expect((await refused(createProfile(as(staff.contributor2), fields()))).status).toBe(403);
    expect((await refused(createProfile(as(staff.contributor), fields({ field: 'Thể thao điện tử' })))).fieldErrors).toEqual({ field: ['Chọn lĩnh vực.'] });
    ({ id } = await createProfile(as(staff.contributor), fields()));
    expect(await client.exemplaryProfile.findUniqueOrThrow({ where: { id } })).toMatchObject({ slug: 'le-thi-thu-suong', articleId: storyId });
    expect((await refused(createProfile(as(staff.editor), fields({ name: 'Người khác' })))).message).toBe('Bài viết này đã là câu chuyện của một gương điển hình khác.');
  });

  it('reaches the public only when the story is published', async () => {
    expect(await loadProfile('le-thi-thu-suong', await units())).toBeNull();
    expect((await loadProfiles({ field: null, unitCode: null, page: 1 }, await units())).total).toBe(0);
    await client.article.update({ where: { id: storyId }, data: { status: 'PUBLISHED', publishedAt: new Date(Date.now() - 60_000) } });
    const profile = await loadProfile('le-thi-thu-suong', await units());
    expect(profile).toMatchObject({ name: 'Lê Thị Thu Sương', field: 'Giáo dục', commune: 'Xã Mỹ Thạnh', grants: [] });
    expect(profile!.story.title).toBe('Cô giáo vùng sông nước 20 năm giữ lửa con chữ');
    expect(profile!.news.map((a) => a.title)).toEqual(['Tuyên dương cô giáo Lê Thị Thu Sương']);
    const story = await lookupArticle(profile!.story.slug);
    expect(story.kind === 'found' && story.article.profileSlug).toBe('le-thi-thu-suong');
    expect((await loadProfiles({ field: 'Y tế', unitCode: null, page: 1 }, await units())).total).toBe(0);
    expect((await loadProfiles({ field: 'Giáo dục', unitCode: '31006', page: 1 }, await units())).items.map((p) => p.name)).toEqual(['Lê Thị Thu Sương']);
  });

  it('lists the grants the newsroom links to it, and names them in its JSON-LD', async () => {
    const version = (await client.exemplaryProfile.findUniqueOrThrow({ where: { id } })).version;
    expect((await refused(linkGrants(as(staff.contributor2), id, version, [grantIds[0]], true))).status).toBe(403);
    // A published story is edited by approvers (as articles are): so is its profile.
    expect((await refused(linkGrants(as(staff.editor), id, version, [grantIds[0]], true))).status).toBe(403);
    await linkGrants(as(staff.approver), id, version, [grantIds[0]], true);
    const profile = await loadProfile('le-thi-thu-suong', await units());
    expect(profile!.grants.map((g) => [g.name, g.award, g.decision.number])).toEqual([['Lê Thị Thu Sương', 'Chiến sĩ thi đua cấp tỉnh', '88/QĐ-UBND']]);
    const jsonLd = buildProfileJsonLd(profile!, 'https://example.vn', { name: 'Sở Nội vụ', url: 'https://example.vn' });
    expect(jsonLd.mainEntity).toMatchObject({ '@type': 'Person', name: 'Lê Thị Thu Sương', award: ['Chiến sĩ thi đua cấp tỉnh – Quyết định số 88/QĐ-UBND ngày 10/02/2026'] });
  });

  it('gives the recipient a page of her awards over the years, without her namesake or a hidden line', async () => {
    const latest = await client.awardGrant.findFirstOrThrow({ where: { displayName: 'Lê Thị Thu Sương', decision: { number: '88/QĐ-UBND' } } });
    const recipient = await loadRecipient(latest.id, await units());
    expect(recipient!.awards.map((a) => [a.name, a.unit, a.decision.number])).toEqual([
      ['Lê Thị Thu Sương', 'Trường Tiểu học Mỹ Thạnh', '88/QĐ-UBND'],
      ['LÊ THỊ THU SƯƠNG', 'Trường Tiểu học Mỹ Thạnh', '120/QĐ-UBND'],
    ]);
    expect(recipient!.profileSlug).toBe('le-thi-thu-suong');
    const hidden = await client.awardGrant.findFirstOrThrow({ where: { listed: false } });
    expect(await loadRecipient(hidden.id, await units())).toBeNull();
  });

  it('is found by the site search, and its portrait must be a photo of the story with words for it', async () => {
    expect((await findInRegister(['le', 'thi', 'thu', 'suong'])).profiles.map((p) => p.slug)).toEqual(['le-thi-thu-suong']);
    const version = (await client.exemplaryProfile.findUniqueOrThrow({ where: { id } })).version;
    expect((await refused(saveProfile(as(staff.approver), id, version, fields({ portraitMediaId: '999' })))).fieldErrors).toEqual({ portraitMediaId: ['Chọn một ảnh trong bài viết.'] });
    await client.article.update({ where: { id: storyId }, data: { status: 'WITHDRAWN', withdrawnAt: new Date() } });
    expect(await loadProfile('le-thi-thu-suong', await units())).toBeNull();
    expect((await findInRegister(['le', 'thi', 'thu', 'suong'])).profiles).toEqual([]);
  });
});
