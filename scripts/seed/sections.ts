// Demo site settings, sections and tags for a fictional province, An Hòa.
export const DEMO_SETTINGS = {
  siteName: 'Thi đua – Khen thưởng An Hòa',
  agencyName: 'Ban Thi đua – Khen thưởng tỉnh An Hòa',
  parentAgency: 'Sở Nội vụ tỉnh An Hòa',
  description:
    'Cổng thông tin điện tử về công tác thi đua, khen thưởng của tỉnh An Hòa: tin hoạt động, phong trào thi đua, khen thưởng, gương điển hình tiên tiến và văn bản hướng dẫn.',
  managingAgency: 'Sở Nội vụ tỉnh An Hòa',
  responsiblePerson: 'Ông Phạm Quốc Thịnh – Trưởng ban Thi đua – Khen thưởng',
  address: 'Số 12 đường Lê Lợi, phường 1, thành phố An Hòa, tỉnh An Hòa',
  phone: '0270 3 822 145',
  email: 'bantdkt@anhoa.gov.vn',
  licence: 'Giấy phép số 06/GP-TTĐT ngày 15/3/2024 của Sở Thông tin và Truyền thông tỉnh An Hòa',
  // The demo's approver and administrator try the newsroom at once; a real installation
  // (no demo content) keeps the default: two-step sign-in required of them.
  twoFactorForApprovers: false,
};

export const DEMO_SOURCE = 'Thiduakhenthuong.anhoa.gov.vn';

export const DEMO_SECTIONS = [
  { slug: 'tin-hoat-dong', name: 'Tin hoạt động', description: 'Hoạt động của Hội đồng Thi đua – Khen thưởng tỉnh và các cụm, khối thi đua.' },
  { slug: 'phong-trao-thi-dua', name: 'Phong trào thi đua', description: 'Các phong trào thi đua yêu nước được phát động và triển khai trên địa bàn tỉnh.' },
  { slug: 'khen-thuong', name: 'Khen thưởng', description: 'Lễ trao tặng danh hiệu thi đua, hình thức khen thưởng cho tập thể, cá nhân.' },
  { slug: 'guong-dien-hinh', name: 'Gương điển hình tiên tiến', description: 'Những tấm gương người tốt, việc tốt, điển hình tiên tiến trên các lĩnh vực.' },
  { slug: 'van-ban-huong-dan', name: 'Văn bản – Hướng dẫn', description: 'Hướng dẫn thi hành Luật Thi đua, khen thưởng năm 2022 và các văn bản liên quan.' },
  { slug: 'lay-y-kien-nhan-dan', name: 'Lấy ý kiến Nhân dân', description: 'Danh sách đề nghị khen thưởng cấp cao được công khai để lấy ý kiến Nhân dân.' },
] as const;

export type DemoSectionSlug = (typeof DEMO_SECTIONS)[number]['slug'];
