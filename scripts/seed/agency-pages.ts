import type { SceneKind } from './photos';

// The demo agency's own pages (written for the demo province), in Vietnamese and English.
// Lines follow body-lines.ts: "## " a heading, "- " a list item, "| " a table row,
// "[ảnh n]" the n-th portrait.

export type DemoPage = {
  path: string;
  title: string;
  sapo: string;
  body: string[];
  contactBlock?: boolean;
  /** Path of the Vietnamese page this one translates. */
  translates?: string;
  portraits?: { name: string; caption: string }[];
  scene?: SceneKind;
};

export const DEMO_LEADERS = [
  { name: 'Phạm Quốc Thịnh', honorific: 'Ông', title: 'Trưởng ban', duties: 'Lãnh đạo, điều hành chung; phụ trách công tác tổ chức cán bộ, tài chính và Quỹ thi đua, khen thưởng.' },
  { name: 'Nguyễn Thị Thanh Vân', honorific: 'Bà', title: 'Phó Trưởng ban', duties: 'Phụ trách công tác thi đua, các cụm, khối thi đua và phong trào thi đua yêu nước.' },
  { name: 'Lê Hoàng Minh', honorific: 'Ông', title: 'Phó Trưởng ban', duties: 'Phụ trách công tác khen thưởng, thẩm định hồ sơ, lấy ý kiến Nhân dân và cổng thông tin điện tử.' },
];

export const DEMO_PAGES: DemoPage[] = [
  {
    path: 'gioi-thieu',
    title: 'Giới thiệu Ban Thi đua – Khen thưởng tỉnh An Hòa',
    sapo: 'Ban Thi đua – Khen thưởng là cơ quan thuộc Sở Nội vụ, tham mưu giúp Ủy ban nhân dân tỉnh và Hội đồng Thi đua – Khen thưởng tỉnh về công tác thi đua, khen thưởng.',
    body: [
      'Ban có con dấu và tài khoản riêng, chịu sự chỉ đạo, quản lý của Giám đốc Sở Nội vụ và hướng dẫn chuyên môn, nghiệp vụ của Ban Thi đua – Khen thưởng Trung ương.',
      '## Các trang giới thiệu',
      '- Chức năng, nhiệm vụ của Ban.',
      '- Lịch sử hình thành và phát triển.',
      '- Cơ cấu tổ chức và lãnh đạo Ban.',
      '- Thông tin liên hệ, giờ làm việc.',
    ],
  },
  {
    path: 'gioi-thieu/chuc-nang-nhiem-vu',
    title: 'Chức năng, nhiệm vụ',
    sapo: 'Ban tham mưu, giúp Giám đốc Sở Nội vụ trình Ủy ban nhân dân tỉnh quản lý nhà nước về thi đua, khen thưởng trên địa bàn tỉnh.',
    body: [
      '## Chức năng',
      'Tham mưu tổ chức các phong trào thi đua, công tác khen thưởng; thường trực Hội đồng Thi đua – Khen thưởng tỉnh.',
      '## Nhiệm vụ',
      '- Xây dựng kế hoạch, chương trình, nội dung thi đua hằng năm và theo giai đoạn; hướng dẫn các sở, ngành, địa phương tổ chức phong trào thi đua.',
      '- Thẩm định hồ sơ đề nghị khen thưởng, trình Chủ tịch Ủy ban nhân dân tỉnh quyết định hoặc đề nghị cấp trên khen thưởng.',
      '- Tổ chức lấy ý kiến Nhân dân về các trường hợp đề nghị khen thưởng cấp Nhà nước theo quy định.',
      '- Phát hiện, tuyên truyền, nhân rộng gương điển hình tiên tiến; quản lý Quỹ thi đua, khen thưởng.',
      '- Sơ kết, tổng kết công tác thi đua, khen thưởng; quản lý cơ sở dữ liệu khen thưởng của tỉnh.',
    ],
  },
  {
    path: 'gioi-thieu/lich-su',
    title: 'Lịch sử hình thành và phát triển',
    sapo: 'Từ Ban Thi đua tỉnh những năm đầu tái lập tỉnh đến Ban Thi đua – Khen thưởng thuộc Sở Nội vụ hôm nay.',
    body: [
      'Năm 1992, khi tái lập tỉnh, Ban Thi đua tỉnh được thành lập, trực thuộc Ủy ban nhân dân tỉnh.',
      'Năm 2004, thi hành Luật Thi đua, khen thưởng năm 2003, Ban được đổi tên thành Ban Thi đua – Khen thưởng tỉnh.',
      'Năm 2009, Ban trở thành cơ quan thuộc Sở Nội vụ, có tư cách pháp nhân, con dấu và tài khoản riêng.',
      'Năm 2024, Luật Thi đua, khen thưởng năm 2022 có hiệu lực; Ban tham mưu sửa đổi Quy chế công tác thi đua, khen thưởng của tỉnh và đưa cơ sở dữ liệu khen thưởng lên cổng thông tin.',
    ],
  },
  {
    path: 'gioi-thieu/co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    sapo: 'Ban gồm Lãnh đạo Ban và ba phòng chuyên môn, nghiệp vụ.',
    body: [
      'Bảng: Các phòng thuộc Ban và nhiệm vụ chính',
      '| Phòng | Nhiệm vụ chính',
      '| Văn phòng | Hành chính, tổng hợp, tài chính, quản lý Quỹ thi đua, khen thưởng',
      '| Phòng Nghiệp vụ Thi đua | Hướng dẫn phong trào thi đua, theo dõi các cụm, khối thi đua',
      '| Phòng Nghiệp vụ Khen thưởng | Thẩm định hồ sơ khen thưởng, lấy ý kiến Nhân dân, cơ sở dữ liệu khen thưởng',
    ],
  },
  {
    path: 'gioi-thieu/lanh-dao',
    title: 'Lãnh đạo Ban',
    sapo: 'Trưởng ban, các Phó Trưởng ban và lĩnh vực phụ trách.',
    body: DEMO_LEADERS.flatMap((leader, i) => [`## ${leader.title} ${leader.name}`, `[ảnh ${i + 1}]`, leader.duties]),
    portraits: DEMO_LEADERS.map((leader) => ({ name: leader.name, caption: `${leader.honorific} ${leader.name}, ${leader.title} Ban Thi đua – Khen thưởng tỉnh` })),
  },
  {
    path: 'lien-he',
    title: 'Liên hệ',
    sapo: 'Địa chỉ, điện thoại, thư điện tử và giờ tiếp nhận hồ sơ của Ban Thi đua – Khen thưởng tỉnh An Hòa.',
    contactBlock: true,
    body: [
      'Hồ sơ đề nghị khen thưởng theo thủ tục hành chính nộp trực tuyến trên Cổng Dịch vụ công quốc gia hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Câu hỏi về thi đua, khen thưởng có thể gửi qua thư điện tử; Ban trả lời trong 5 ngày làm việc.',
    ],
  },
  {
    path: 'en',
    title: 'About the Emulation and Commendation Board of An Hoa Province',
    sapo: 'The Board advises the Provincial People’s Committee and the Provincial Emulation and Commendation Council on emulation movements and state honours.',
    translates: 'gioi-thieu',
    body: [
      'The Board is part of the Provincial Department of Home Affairs. It organises the province’s emulation movements, reviews proposals for awards, and keeps the province’s register of awards, which this portal publishes.',
      'This English section covers the Board’s organisation, functions and contacts. News, documents and the awards register are published in Vietnamese.',
    ],
  },
  {
    path: 'en/functions',
    title: 'Functions and duties',
    sapo: 'What the Board does for the province.',
    translates: 'gioi-thieu/chuc-nang-nhiem-vu',
    body: [
      '- Plans and guides the yearly and five-year emulation movements of provincial departments, districts and communes.',
      '- Reviews award proposals and submits them to the Chairman of the Provincial People’s Committee or to the central authorities.',
      '- Consults the public on candidates for state honours before they are proposed.',
      '- Publishes the register of awards, exemplary models and the legal documents on emulation and commendation.',
    ],
  },
  {
    path: 'en/contact',
    title: 'Contact',
    sapo: 'Address, telephone, email and office hours.',
    translates: 'lien-he',
    contactBlock: true,
    body: ['Enquiries in English are answered by email within five working days.'],
  },
];

export const DEMO_WEBSITE_LINKS = [
  { name: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn', initials: 'CP', hue: 0 },
  { name: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', initials: 'DVC', hue: 210 },
  { name: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn', initials: 'VB', hue: 30 },
  { name: 'Bộ Nội vụ', url: 'https://moha.gov.vn', initials: 'NV', hue: 350 },
];


/** Demo questions: answered ones for the Hỏi đáp page, one still waiting for the newsroom. */
export const DEMO_QUESTIONS = [
  {
    fullName: 'Trần Văn Hậu',
    field: 'Hình thức khen thưởng',
    title: 'Cá nhân được tặng Giấy khen có được cộng điểm khi xét Chiến sĩ thi đua không?',
    content: 'Tôi là giáo viên, năm 2025 được Chủ tịch Ủy ban nhân dân xã tặng Giấy khen. Giấy khen này có được tính khi xét danh hiệu Chiến sĩ thi đua cơ sở năm 2026 không?',
    answer:
      'Danh hiệu Chiến sĩ thi đua cơ sở được xét cho cá nhân đạt danh hiệu Lao động tiên tiến và có sáng kiến, giải pháp được công nhận; Giấy khen không thay thế các tiêu chuẩn này. Thành tích được Giấy khen được nêu trong báo cáo thành tích để Hội đồng thi đua, khen thưởng cơ sở xem xét.',
    daysAgo: 20,
  },
  {
    fullName: 'Lê Thị Mai',
    field: 'Thủ tục, hồ sơ khen thưởng',
    title: 'Hồ sơ đề nghị tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh gồm những gì?',
    content: 'Đơn vị chúng tôi muốn đề nghị tặng Bằng khen cho một tập thể có thành tích xuất sắc trong phong trào xây dựng nông thôn mới giai đoạn 2025-2030. Hồ sơ cần những giấy tờ nào và nộp ở đâu?',
    answer:
      'Hồ sơ gồm tờ trình và danh sách đề nghị, biên bản họp Hội đồng thi đua, khen thưởng của đơn vị, báo cáo thành tích của tập thể theo mẫu (xem mục Biểu mẫu). Hồ sơ nộp trực tuyến trên Cổng Dịch vụ công quốc gia, thủ tục "Tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh", hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
    daysAgo: 9,
  },
  {
    fullName: 'Phạm Minh Tuấn',
    field: 'Danh hiệu thi đua',
    title: 'Thời hạn gửi hồ sơ khen thưởng tổng kết năm 2026 là khi nào?',
    content: 'Xin hỏi thời hạn các xã, phường gửi hồ sơ đề nghị khen thưởng tổng kết năm 2026 về Sở Nội vụ là ngày nào?',
    answer: '',
    daysAgo: 1,
  },
];
