import type { DocumentRelationKind, DocumentScope, LegalDocumentType, ProcedureLevel } from '../../src/generated/prisma/client';

// The demo documents register. National documents use the numbers and dates under which
// they were issued; the province's documents belong to the demo province. Every summary
// and every generated PDF is written for this demo: the official texts are on vbpl.vn.

export type DemoLegalDocument = {
  key: string;
  type: LegalDocumentType;
  number: string;
  issuer: string;
  signerTitle: string;
  signerName: string;
  issuedOn: string;
  effectiveFrom: string;
  effectiveTo?: string;
  summary: string;
  scope: DocumentScope;
  /** Words of the generated file, so its text can be searched. */
  body: string[];
  relations?: { kind: DocumentRelationKind; to: string; partial?: boolean; note?: string }[];
};

const PROVINCE = 'Ủy ban nhân dân tỉnh An Hòa';
const COUNCIL = 'Hội đồng Thi đua – Khen thưởng tỉnh An Hòa';

export const DEMO_DOCUMENTS: DemoLegalDocument[] = [
  {
    key: 'luat-2003',
    type: 'LAW',
    number: '15/2003/QH11',
    issuer: 'Quốc hội',
    signerTitle: 'Chủ tịch Quốc hội',
    signerName: 'Nguyễn Văn An',
    issuedOn: '2003-11-26',
    effectiveFrom: '2004-07-01',
    summary: 'Luật Thi đua, khen thưởng năm 2003',
    scope: 'CENTRAL',
    body: ['Luật quy định về đối tượng, nội dung, hình thức thi đua; tiêu chuẩn danh hiệu thi đua và hình thức khen thưởng.'],
  },
  {
    key: 'luat-2022',
    type: 'LAW',
    number: '06/2022/QH15',
    issuer: 'Quốc hội',
    signerTitle: 'Chủ tịch Quốc hội',
    signerName: 'Vương Đình Huệ',
    issuedOn: '2022-06-15',
    effectiveFrom: '2024-01-01',
    summary: 'Luật Thi đua, khen thưởng (thay thế Luật Thi đua, khen thưởng năm 2003 và các luật sửa đổi, bổ sung)',
    scope: 'CENTRAL',
    body: ['Luật gồm 8 chương, quy định nguyên tắc thi đua, khen thưởng; danh hiệu thi đua; hình thức, đối tượng, tiêu chuẩn khen thưởng; thẩm quyền, thủ tục, hồ sơ khen thưởng; quỹ thi đua, khen thưởng.'],
    relations: [{ kind: 'REPLACES', to: 'luat-2003' }],
  },
  {
    key: 'nd-91-2017',
    type: 'DECREE',
    number: '91/2017/NĐ-CP',
    issuer: 'Chính phủ',
    signerTitle: 'TM. Chính phủ, Thủ tướng',
    signerName: 'Nguyễn Xuân Phúc',
    issuedOn: '2017-07-31',
    effectiveFrom: '2017-10-01',
    summary: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    scope: 'CENTRAL',
    body: ['Nghị định quy định chi tiết về danh hiệu thi đua, hình thức khen thưởng, thẩm quyền quyết định khen thưởng và quỹ thi đua, khen thưởng.'],
    relations: [{ kind: 'GUIDES', to: 'luat-2003' }],
  },
  {
    key: 'nd-98-2023',
    type: 'DECREE',
    number: '98/2023/NĐ-CP',
    issuer: 'Chính phủ',
    signerTitle: 'TM. Chính phủ, KT. Thủ tướng, Phó Thủ tướng',
    signerName: 'Trần Lưu Quang',
    issuedOn: '2023-12-31',
    effectiveFrom: '2024-01-01',
    summary: 'Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng',
    scope: 'CENTRAL',
    body: [
      'Nghị định quy định chi tiết về tiêu chuẩn danh hiệu Chiến sĩ thi đua cơ sở, Lao động tiên tiến, Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh.',
      'Khen thưởng đột xuất cho cá nhân, tập thể lập được thành tích đặc biệt xuất sắc trong chiến đấu, lao động, học tập, có hành động dũng cảm cứu người, cứu tài sản.',
    ],
    relations: [
      { kind: 'REPLACES', to: 'nd-91-2017' },
      { kind: 'GUIDES', to: 'luat-2022' },
    ],
  },
  {
    key: 'nd-152-2025',
    type: 'DECREE',
    number: '152/2025/NĐ-CP',
    issuer: 'Chính phủ',
    signerTitle: 'TM. Chính phủ, KT. Thủ tướng, Phó Thủ tướng',
    signerName: 'Nguyễn Hòa Bình',
    issuedOn: '2025-06-14',
    effectiveFrom: '2025-07-01',
    summary: 'Quy định chi tiết một số điều của Luật Thi đua, khen thưởng, phù hợp với chính quyền địa phương hai cấp',
    scope: 'CENTRAL',
    body: ['Nghị định quy định thẩm quyền khen thưởng của Chủ tịch Ủy ban nhân dân cấp xã sau khi sắp xếp đơn vị hành chính; mẫu báo cáo thành tích và tờ trình đề nghị khen thưởng.'],
    relations: [{ kind: 'REPLACES', to: 'nd-98-2023' }, { kind: 'GUIDES', to: 'luat-2022' }],
  },
  {
    key: 'qc-2024',
    type: 'DECISION',
    number: '25/2024/QĐ-UBND',
    issuer: PROVINCE,
    signerTitle: 'TM. Ủy ban nhân dân, Chủ tịch',
    signerName: 'Lê Minh Quang',
    issuedOn: '2024-02-20',
    effectiveFrom: '2024-03-01',
    summary: 'Ban hành Quy chế công tác thi đua, khen thưởng trên địa bàn tỉnh An Hòa',
    scope: 'PROVINCIAL',
    body: ['Quy chế quy định tổ chức phong trào thi đua, tiêu chuẩn xét tặng danh hiệu thi đua, Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, hồ sơ và thời hạn trình khen thưởng.'],
    relations: [{ kind: 'GUIDES', to: 'nd-98-2023' }],
  },
  {
    key: 'qc-2025-sua',
    type: 'DECISION',
    number: '12/2025/QĐ-UBND',
    issuer: PROVINCE,
    signerTitle: 'TM. Ủy ban nhân dân, Chủ tịch',
    signerName: 'Lê Minh Quang',
    issuedOn: '2025-07-20',
    effectiveFrom: '2025-08-01',
    summary: 'Sửa đổi, bổ sung một số điều của Quy chế công tác thi đua, khen thưởng ban hành kèm theo Quyết định số 25/2024/QĐ-UBND',
    scope: 'PROVINCIAL',
    body: ['Sửa đổi thẩm quyền đề nghị khen thưởng của Ủy ban nhân dân cấp xã sau khi sắp xếp đơn vị hành chính từ ngày 01 tháng 7 năm 2025.'],
    relations: [{ kind: 'AMENDS', to: 'qc-2024', note: 'Điều 8, Điều 15' }],
  },
  {
    key: 'ct-2025',
    type: 'DIRECTIVE',
    number: '03/CT-UBND',
    issuer: PROVINCE,
    signerTitle: 'Chủ tịch',
    signerName: 'Lê Minh Quang',
    issuedOn: '2025-03-10',
    effectiveFrom: '2025-03-10',
    summary: 'Về đẩy mạnh phong trào thi đua yêu nước, hướng tới Đại hội Thi đua yêu nước tỉnh An Hòa nhiệm kỳ 2025-2030',
    scope: 'PROVINCIAL',
    body: ['Các sở, ngành, địa phương phát động phong trào thi đua giai đoạn 2025–2030, phát hiện và nhân rộng gương điển hình tiên tiến.'],
  },
  {
    key: 'kh-2025',
    type: 'PLAN',
    number: '45/KH-UBND',
    issuer: PROVINCE,
    signerTitle: 'KT. Chủ tịch, Phó Chủ tịch',
    signerName: 'Trần Thị Thu Hà',
    issuedOn: '2025-01-15',
    effectiveFrom: '2025-01-15',
    effectiveTo: '2026-01-01',
    summary: 'Kế hoạch tổ chức phong trào thi đua "Chung sức xây dựng nông thôn mới" năm 2025',
    scope: 'PROVINCIAL',
    body: ['Mục tiêu: 100% xã đăng ký thi đua; khen thưởng kịp thời tập thể, cá nhân có thành tích xuất sắc trong xây dựng nông thôn mới.'],
  },
  {
    key: 'hd-2026',
    type: 'GUIDANCE',
    number: '08/HD-HĐTĐKT',
    issuer: COUNCIL,
    signerTitle: 'Chủ tịch Hội đồng',
    signerName: 'Lê Minh Quang',
    issuedOn: '2026-10-05',
    effectiveFrom: '2026-10-05',
    summary: 'Hướng dẫn công tác thi đua, khen thưởng tổng kết năm 2026',
    scope: 'PROVINCIAL',
    body: ['Hồ sơ đề nghị khen thưởng tổng kết năm gửi về Sở Nội vụ trước ngày 15 tháng 01; báo cáo thành tích theo mẫu ban hành kèm theo Nghị định.'],
    relations: [{ kind: 'GUIDES', to: 'qc-2024' }],
  },
];

export const DEMO_FORMS: { code: string; title: string; source: string }[] = [
  { code: 'Mẫu số 01', title: 'Báo cáo thành tích đề nghị khen thưởng cho tập thể', source: 'nd-152-2025' },
  { code: 'Mẫu số 02', title: 'Báo cáo thành tích đề nghị khen thưởng cho cá nhân', source: 'nd-152-2025' },
  { code: 'Mẫu số 03', title: 'Báo cáo thành tích đề nghị khen thưởng theo đợt hoặc chuyên đề', source: 'nd-152-2025' },
  { code: 'Mẫu số 04', title: 'Tờ trình đề nghị khen thưởng kèm danh sách', source: 'qc-2024' },
];

/**
 * Demo procedure entries. Their codes follow the national portal's form; a province
 * replaces them with its published list (Quyết định công bố thủ tục hành chính).
 */
export const DEMO_PROCEDURES: { name: string; nationalCode: string; level: ProcedureLevel; internal: boolean; agency: string; resultType: string; timeLimitText: string; url: boolean }[] = [
  { name: 'Thủ tục tặng Bằng khen của Chủ tịch Ủy ban nhân dân cấp tỉnh', nationalCode: '1.000775', level: 'PROVINCIAL', internal: false, agency: 'Sở Nội vụ', resultType: 'Quyết định khen thưởng', timeLimitText: '20 ngày làm việc', url: true },
  { name: 'Thủ tục tặng danh hiệu Chiến sĩ thi đua cấp tỉnh', nationalCode: '1.000804', level: 'PROVINCIAL', internal: false, agency: 'Sở Nội vụ', resultType: 'Quyết định khen thưởng', timeLimitText: '20 ngày làm việc', url: true },
  { name: 'Thủ tục khen thưởng đột xuất của Chủ tịch Ủy ban nhân dân cấp tỉnh', nationalCode: '1.000843', level: 'PROVINCIAL', internal: false, agency: 'Sở Nội vụ', resultType: 'Quyết định khen thưởng', timeLimitText: '10 ngày làm việc', url: true },
  { name: 'Thủ tục tặng Giấy khen của Chủ tịch Ủy ban nhân dân cấp xã', nationalCode: '2.000346', level: 'COMMUNE', internal: false, agency: 'Ủy ban nhân dân cấp xã', resultType: 'Quyết định khen thưởng', timeLimitText: '20 ngày làm việc', url: true },
  { name: 'Thủ tục tặng danh hiệu Gia đình văn hóa', nationalCode: '2.000440', level: 'COMMUNE', internal: false, agency: 'Ủy ban nhân dân cấp xã', resultType: 'Giấy chứng nhận', timeLimitText: '5 ngày làm việc', url: false },
  { name: 'Thủ tục đề nghị tặng Cờ thi đua của Ủy ban nhân dân cấp tỉnh', nationalCode: '1.000870', level: 'PROVINCIAL', internal: true, agency: 'Sở Nội vụ', resultType: 'Quyết định khen thưởng', timeLimitText: '20 ngày làm việc', url: true },
];

export const portalUrl = (code: string) => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`;
