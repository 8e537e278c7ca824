// The demo consultations: one open now (its window counted from the seeding day) and one
// concluded. Every person, unit and document here is made up for the demo.
import type { DemoDocument } from './documents';

export type DemoCandidate = {
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  name: string;
  jobTitle?: string;
  unit: string;
  commune: string;
  award: string;
  awardClass?: string;
  posthumous?: boolean;
  achievement: string;
};

export type DemoConsultation = {
  slug: string;
  title: string;
  summary: string;
  legalBasis: string;
  proposingBody: string;
  proposalRef: string;
  /** Days before the seeding day that it opened. */
  openedDaysAgo: number;
  workingDays: number;
  concluded?: { outcome: string; url: string };
  candidates: DemoCandidate[];
  notice: { title: string; fileName: string; document: DemoDocument };
};

const CONTACTS = {
  receivingUnit: 'Ban Thi đua – Khen thưởng, Sở Nội vụ tỉnh An Hòa',
  postalAddress: 'Số 12 đường Trần Phú, phường Tân Hòa, tỉnh An Hòa',
  email: 'bantdkt@anhoa.example.gov.vn',
  phone: '0270 3822 123',
  contactPerson: 'Bà Lê Thị Thu, chuyên viên Phòng Khen thưởng',
};
export const DEMO_CONTACTS = CONTACTS;

export const DEMO_CONSULTATIONS: DemoConsultation[] = [
  {
    slug: 'lay-y-kien-de-nghi-tang-huan-chuong-lao-dong-nam-2026',
    title: 'Lấy ý kiến Nhân dân đối với danh sách đề nghị tặng Huân chương Lao động, Cờ thi đua của Chính phủ và Bằng khen của Thủ tướng Chính phủ năm 2026',
    summary:
      'Sở Nội vụ công khai danh sách 8 cá nhân, tập thể và hộ gia đình được đề nghị khen thưởng cấp Nhà nước năm 2026 để Nhân dân góp ý trước khi Hội đồng Thi đua – Khen thưởng tỉnh xét. Mọi ý kiến được tổng hợp, báo cáo Hội đồng; danh tính người góp ý được giữ kín.',
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP; Nghị định số 152/2025/NĐ-CP.',
    proposingBody: 'Sở Nội vụ tỉnh An Hòa (cơ quan thường trực Hội đồng Thi đua – Khen thưởng tỉnh)',
    proposalRef: 'Tờ trình số 118/TTr-SNV ngày 20/11/2026 của Sở Nội vụ',
    openedDaysAgo: 3,
    workingDays: 10,
    candidates: [
      { kind: 'INDIVIDUAL', name: 'Nguyễn Thị Hồng Nhung', jobTitle: 'Hiệu trưởng', unit: 'Trường Trung học cơ sở Tân Hòa', commune: 'Phường Tân Hòa', award: 'HC_LAO_DONG', awardClass: 'Ba', achievement: 'Có thành tích xuất sắc trong công tác giáo dục từ năm 2021 đến năm 2025; hai lần đạt danh hiệu Chiến sĩ thi đua cấp tỉnh; trường đạt chuẩn quốc gia mức độ 2.' },
      { kind: 'INDIVIDUAL', name: 'Trần Quốc Việt', jobTitle: 'Giám đốc', unit: 'Hợp tác xã Nông nghiệp Phú Lộc', commune: 'Xã Phú Lộc', award: 'HC_LAO_DONG', awardClass: 'Ba', achievement: 'Xây dựng chuỗi liên kết lúa chất lượng cao cho 420 hộ thành viên từ năm 2020 đến năm 2025; thu nhập bình quân của thành viên tăng 35%.' },
      { kind: 'INDIVIDUAL', name: 'Lê Văn Tâm', jobTitle: 'Nguyên Chủ tịch Hội Cựu chiến binh xã', unit: 'Hội Cựu chiến binh xã Long Điền', commune: 'Xã Long Điền', award: 'HC_LAO_DONG', awardClass: 'Ba', posthumous: true, achievement: 'Vận động xây dựng 37 căn nhà tình nghĩa và hiến 1.200 m² đất làm đường giao thông nông thôn (truy tặng).' },
      { kind: 'COLLECTIVE', name: 'Bệnh viện Đa khoa tỉnh An Hòa', unit: 'Sở Y tế', commune: 'Phường Tân Hòa', award: 'HC_LAO_DONG', awardClass: 'Nhì', achievement: 'Hoàn thành xuất sắc nhiệm vụ từ năm 2021 đến năm 2025; triển khai thành công 12 kỹ thuật chuyên sâu tuyến trung ương tại tỉnh.' },
      { kind: 'COLLECTIVE', name: 'Công an xã Mỹ Thạnh', unit: 'Công an tỉnh An Hòa', commune: 'Xã Mỹ Thạnh', award: 'CO_THI_DUA_CHINH_PHU', achievement: 'Dẫn đầu phong trào thi đua "Vì an ninh Tổ quốc" năm 2025 của khối công an cấp xã.' },
      { kind: 'COLLECTIVE', name: 'Trường Tiểu học Bình Minh', unit: 'Ủy ban nhân dân xã Bình Minh', commune: 'Xã Bình Minh', award: 'CO_THI_DUA_CHINH_PHU', achievement: 'Đơn vị dẫn đầu phong trào thi đua khối giáo dục tiểu học năm học 2024–2025.' },
      { kind: 'INDIVIDUAL', name: 'Phạm Thị Lan', jobTitle: 'Y sĩ', unit: 'Trạm Y tế xã Hòa An', commune: 'Xã Hòa An', award: 'BANG_KHEN_THU_TUONG', achievement: 'Có nhiều đóng góp trong công tác chăm sóc sức khỏe ban đầu cho đồng bào vùng sâu từ năm 2021 đến năm 2025.' },
      { kind: 'HOUSEHOLD', name: 'Hộ ông Đặng Văn Hậu và bà Võ Thị Mai', unit: 'Ấp Phú Hữu', commune: 'Xã Phú Lộc', award: 'BANG_KHEN_THU_TUONG', achievement: 'Hiến 2.500 m² đất xây dựng trường mầm non và nhà văn hóa ấp năm 2025.' },
    ],
    notice: {
      title: 'Thông báo lấy ý kiến Nhân dân (bản có chữ ký)',
      fileName: 'Thong bao lay y kien Nhan dan 2026.pdf',
      document: {
        agency: 'Sở Nội vụ tỉnh An Hòa',
        number: '902/TB-SNV',
        place: 'An Hòa',
        date: 'ngày 24 tháng 11 năm 2026',
        kind: 'Thông báo',
        subject: 'Lấy ý kiến Nhân dân đối với các cá nhân, tập thể, hộ gia đình được đề nghị khen thưởng cấp Nhà nước năm 2026',
        paragraphs: [
          'Thực hiện khoản 2 Điều 46 Nghị định số 98/2023/NĐ-CP, Sở Nội vụ công khai danh sách các cá nhân, tập thể, hộ gia đình được đề nghị khen thưởng trên Cổng thông tin điện tử để Nhân dân góp ý.',
          'Ý kiến gửi trực tuyến trên Cổng thông tin, bằng văn bản có chữ ký, ghi rõ họ tên, địa chỉ, số điện thoại, hoặc qua thư điện tử về Ban Thi đua – Khen thưởng trong thời hạn 10 ngày làm việc kể từ ngày đăng tải.',
          'Quá thời hạn trên, nếu không có ý kiến phản hồi, Sở Nội vụ hoàn thiện hồ sơ trình Hội đồng Thi đua – Khen thưởng tỉnh xem xét.',
        ],
        signer: { title: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC', name: 'Huỳnh Minh Đức' },
      },
    },
  },
  {
    slug: 'lay-y-kien-de-nghi-chien-si-thi-dua-toan-quoc-2025',
    title: 'Lấy ý kiến Nhân dân đối với đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2025',
    summary: 'Danh sách 3 cá nhân được đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc đã được công khai 10 ngày làm việc. Ý kiến của Nhân dân đã được tổng hợp, báo cáo Hội đồng Thi đua – Khen thưởng tỉnh.',
    legalBasis: 'Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định số 152/2025/NĐ-CP.',
    proposingBody: 'Sở Nội vụ tỉnh An Hòa',
    proposalRef: 'Tờ trình số 87/TTr-SNV ngày 15/09/2026 của Sở Nội vụ',
    openedDaysAgo: 60,
    workingDays: 10,
    concluded: {
      outcome: 'Hết thời hạn, Ban Thi đua – Khen thưởng nhận 4 ý kiến, đều đồng tình với đề nghị. Hội đồng Thi đua – Khen thưởng tỉnh đã thống nhất trình Thủ tướng Chính phủ xét tặng danh hiệu Chiến sĩ thi đua toàn quốc cho 3 cá nhân.',
      url: '/chuyen-muc/tin-hoat-dong',
    },
    candidates: [
      { kind: 'INDIVIDUAL', name: 'Võ Minh Khoa', jobTitle: 'Trưởng phòng Kỹ thuật', unit: 'Công ty Cổ phần Cấp thoát nước An Hòa', commune: 'Phường Tân Hòa', award: 'CSTD_TOAN_QUOC', achievement: 'Hai lần liên tục đạt danh hiệu Chiến sĩ thi đua cấp tỉnh (2022, 2025); sáng kiến giảm thất thoát nước được áp dụng toàn tỉnh.' },
      { kind: 'INDIVIDUAL', name: 'Huỳnh Thị Ngọc Hân', jobTitle: 'Giáo viên', unit: 'Trường Trung học phổ thông chuyên An Hòa', commune: 'Phường Long Châu', award: 'CSTD_TOAN_QUOC', achievement: 'Bồi dưỡng 14 học sinh đạt giải quốc gia môn Ngữ văn từ năm 2020 đến năm 2025.' },
      { kind: 'INDIVIDUAL', name: 'Bùi Thanh Sơn', jobTitle: 'Bác sĩ chuyên khoa II', unit: 'Bệnh viện Đa khoa tỉnh An Hòa', commune: 'Phường Tân Hòa', award: 'CSTD_TOAN_QUOC', achievement: 'Chủ trì 3 đề tài khoa học cấp tỉnh về cấp cứu đột quỵ, được ứng dụng tại 5 bệnh viện tuyến huyện.' },
    ],
    notice: {
      title: 'Thông báo lấy ý kiến Nhân dân (bản có chữ ký)',
      fileName: 'Thong bao lay y kien CSTD toan quoc 2025.pdf',
      document: {
        agency: 'Sở Nội vụ tỉnh An Hòa',
        number: '655/TB-SNV',
        place: 'An Hòa',
        date: 'ngày 30 tháng 9 năm 2026',
        kind: 'Thông báo',
        subject: 'Lấy ý kiến Nhân dân đối với các cá nhân được đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc năm 2025',
        paragraphs: [
          'Sở Nội vụ công khai danh sách cá nhân được đề nghị xét tặng danh hiệu Chiến sĩ thi đua toàn quốc để Nhân dân góp ý trong thời hạn 10 ngày làm việc.',
          'Ý kiến gửi trực tuyến trên Cổng thông tin, bằng văn bản có chữ ký hoặc qua thư điện tử về Ban Thi đua – Khen thưởng.',
        ],
        signer: { title: 'GIÁM ĐỐC', name: 'Nguyễn Hoàng Phúc' },
      },
    },
  },
];
