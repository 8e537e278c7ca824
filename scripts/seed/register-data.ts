// The made-up province of the demo after its 2025 reorganisation, and what its award
// decisions are made of. Every unit, person and decision here is invented for the demo.

/** Current communes and wards (from 01/07/2025), each with the former units merged into it. */
export const DEMO_UNITS: { code: string; name: string; type: 'COMMUNE' | 'WARD' | 'SPECIAL_ZONE'; formers: { code: string; name: string; type: 'COMMUNE' | 'WARD' | 'TOWNSHIP' }[] }[] = [
  { code: '31001', name: 'Phường Tân Hòa', type: 'WARD', formers: [ { code: '30101', name: 'Phường 1', type: 'WARD' }, { code: '30102', name: 'Phường 2', type: 'WARD' }, { code: '30103', name: 'Phường 3', type: 'WARD' } ] },
  { code: '31002', name: 'Phường Long Châu', type: 'WARD', formers: [ { code: '30105', name: 'Phường 5', type: 'WARD' }, { code: '30107', name: 'Phường 7', type: 'WARD' }, { code: '30108', name: 'Xã Long Châu', type: 'COMMUNE' } ] },
  { code: '31003', name: 'Phường An Hòa', type: 'WARD', formers: [ { code: '30111', name: 'Phường An Hòa', type: 'WARD' }, { code: '30112', name: 'Xã An Thạnh', type: 'COMMUNE' } ] },
  { code: '31004', name: 'Xã Phú Lộc', type: 'COMMUNE', formers: [ { code: '30201', name: 'Thị trấn Phú Lộc', type: 'TOWNSHIP' }, { code: '30202', name: 'Xã Phú Hữu', type: 'COMMUNE' } ] },
  { code: '31005', name: 'Xã Long Điền', type: 'COMMUNE', formers: [ { code: '30211', name: 'Xã Long Điền', type: 'COMMUNE' }, { code: '30212', name: 'Xã Tân Lập', type: 'COMMUNE' }, { code: '30213', name: 'Xã Long Hòa', type: 'COMMUNE' } ] },
  { code: '31006', name: 'Xã Mỹ Thạnh', type: 'COMMUNE', formers: [ { code: '30301', name: 'Xã Mỹ An', type: 'COMMUNE' }, { code: '30302', name: 'Xã Mỹ Lợi', type: 'COMMUNE' } ] },
  { code: '31007', name: 'Xã Bình Minh', type: 'COMMUNE', formers: [ { code: '30311', name: 'Xã Bình Thạnh', type: 'COMMUNE' }, { code: '30312', name: 'Xã Bình Hòa', type: 'COMMUNE' } ] },
  { code: '31008', name: 'Xã Hòa An', type: 'COMMUNE', formers: [ { code: '30321', name: 'Xã Hòa Lợi', type: 'COMMUNE' }, { code: '30322', name: 'Xã Hòa Thuận', type: 'COMMUNE' } ] },
  { code: '31009', name: 'Xã Vĩnh Thạnh', type: 'COMMUNE', formers: [] },
  { code: '31010', name: 'Đặc khu Hòn Tre', type: 'SPECIAL_ZONE', formers: [ { code: '30401', name: 'Xã Hòn Tre', type: 'COMMUNE' } ] },
];

export const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Võ', 'Phan', 'Trương', 'Bùi', 'Đặng', 'Đỗ', 'Ngô', 'Hồ', 'Dương', 'Đinh', 'Lý', 'Tô', 'Đoàn', 'Lâm', 'Mai', 'Cao', 'Châu', 'Tạ'];
export const MIDDLE_MALE = ['Văn', 'Minh', 'Quốc', 'Hoàng', 'Thanh', 'Đức', 'Hữu', 'Công', 'Anh', 'Văn'];
export const MIDDLE_FEMALE = ['Thị', 'Thị Ngọc', 'Thị Thu', 'Thị Hồng', 'Thị Kim', 'Ngọc', 'Thanh', 'Thị Mỹ', 'Thị'];
export const GIVEN_MALE = ['An', 'Bình', 'Cường', 'Dũng', 'Đạt', 'Hải', 'Hùng', 'Khoa', 'Long', 'Minh', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tâm', 'Thắng', 'Trung', 'Tuấn', 'Việt', 'Vinh', 'Hậu', 'Lộc'];
export const GIVEN_FEMALE = ['Anh', 'Chi', 'Diệp', 'Dung', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Nhung', 'Oanh', 'Phương', 'Thảo', 'Trang', 'Vân', 'Yến', 'Hân'];

export const JOBS = [
  'Giáo viên', 'Hiệu trưởng', 'Phó Hiệu trưởng', 'Bác sĩ', 'Y sĩ', 'Điều dưỡng', 'Nông dân', 'Kế toán', 'Chủ tịch Hội Nông dân', 'Công chức Văn phòng – Thống kê',
  'Trưởng ấp', 'Tổ trưởng tổ dân phố', 'Kỹ sư', 'Công nhân', 'Chiến sĩ', 'Giám đốc', 'Phó Giám đốc', 'Trưởng phòng', 'Chuyên viên', 'Chủ nhiệm hợp tác xã',
];

/** Collectives of a commune ("{c}" is the commune's name without its type, "{C}" with it). */
export const LOCAL_COLLECTIVES = [
  'Trường Tiểu học {c}', 'Trường Trung học cơ sở {c}', 'Trường Mầm non {c}', 'Trạm Y tế {C}', 'Công an {C}', 'Hội Nông dân {C}', 'Hội Liên hiệp Phụ nữ {C}',
  'Ủy ban nhân dân {C}', 'Hợp tác xã Nông nghiệp {c}', 'Ban Chỉ huy Quân sự {C}', 'Đoàn Thanh niên Cộng sản Hồ Chí Minh {C}', 'Hội Cựu chiến binh {C}',
  // "{n}" a number, "{a}" a hamlet: the many small collectives a large list names.
  'Tổ dân phố số {n}, {C}', 'Chi hội Nông dân ấp {a}, {C}', 'Chi hội Phụ nữ ấp {a}, {C}', 'Lớp {g}A{n}, Trường Tiểu học {c}', 'Tổ hợp tác sản xuất ấp {a}, {C}',
];

export const HAMLETS = ['Phú Hữu', 'Tân Thạnh', 'Long Thuận', 'Mỹ Phước', 'Bình Thới', 'An Lạc', 'Hòa Bình', 'Thạnh Lợi', 'Vĩnh Phú', 'Tân Quy', 'Mỹ Hòa', 'Long Bình'];

export const PROVINCIAL_BODIES = [
  'Sở Giáo dục và Đào tạo', 'Sở Y tế', 'Sở Nội vụ', 'Sở Nông nghiệp và Môi trường', 'Sở Tài chính', 'Bệnh viện Đa khoa tỉnh An Hòa', 'Công an tỉnh An Hòa',
  'Công ty Cổ phần Cấp thoát nước An Hòa', 'Báo và Phát thanh, Truyền hình An Hòa', 'Trường Trung học phổ thông chuyên An Hòa',
];

export const CITATIONS = [
  'Đã có thành tích xuất sắc trong phong trào thi đua yêu nước năm {y}',
  'Đã có thành tích xuất sắc trong phong trào "Cả nước chung tay vì người nghèo" năm {y}',
  'Hoàn thành xuất sắc nhiệm vụ năm {y}',
  'Đã có thành tích trong phong trào xây dựng nông thôn mới giai đoạn {p}',
  'Đã có thành tích xuất sắc trong công tác phòng, chống thiên tai năm {y}',
];

export type DecisionKind = {
  award: string;
  classes?: string[];
  kinds: ('INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD')[];
  level: 'STATE' | 'PROVINCIAL';
  issuer: string;
  suffix: string;
  signer: { title: string; name: string };
  summary: string;
  /** How many lines, relative to the year's size. */
  share: number;
};

const UBND = { issuer: 'Ủy ban nhân dân tỉnh An Hòa', suffix: 'QĐ-UBND', signer: { title: 'KT. Chủ tịch, Phó Chủ tịch', name: 'Nguyễn Minh Quang' } };

export const DECISION_KINDS: DecisionKind[] = [
  { award: 'BANG_KHEN_CHU_TICH_TINH', kinds: ['INDIVIDUAL', 'INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'], level: 'PROVINCIAL', ...UBND, summary: 'Về việc tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho các tập thể, cá nhân có thành tích xuất sắc năm {y}', share: 0.5 },
  { award: 'CSTD_CAP_TINH', kinds: ['INDIVIDUAL'], level: 'PROVINCIAL', ...UBND, summary: 'Về việc tặng danh hiệu Chiến sĩ thi đua cấp tỉnh năm {y}', share: 0.15 },
  { award: 'CO_THI_DUA_CAP_TINH', kinds: ['COLLECTIVE'], level: 'PROVINCIAL', ...UBND, summary: 'Về việc tặng Cờ thi đua của Ủy ban nhân dân tỉnh cho các tập thể dẫn đầu phong trào thi đua năm {y}', share: 0.05 },
  { award: 'BANG_KHEN_CHU_TICH_TINH', kinds: ['HOUSEHOLD', 'INDIVIDUAL', 'COLLECTIVE'], level: 'PROVINCIAL', ...UBND, summary: 'Về việc khen thưởng thành tích trong phong trào xây dựng nông thôn mới năm {y}', share: 0.15 },
  {
    award: 'BANG_KHEN_THU_TUONG',
    kinds: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'STATE',
    issuer: 'Thủ tướng Chính phủ',
    suffix: 'QĐ-TTg',
    signer: { title: 'KT. Thủ tướng, Phó Thủ tướng', name: 'Trần Đức Thành' },
    summary: 'Về việc tặng Bằng khen của Thủ tướng Chính phủ cho các tập thể, cá nhân thuộc tỉnh An Hòa, đã có thành tích trong công tác từ năm {p}',
    share: 0.1,
  },
  {
    award: 'HC_LAO_DONG',
    classes: ['Ba', 'Ba', 'Ba', 'Nhì'],
    kinds: ['INDIVIDUAL', 'COLLECTIVE'],
    level: 'STATE',
    issuer: 'Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam',
    suffix: 'QĐ-CTN',
    signer: { title: 'KT. Chủ tịch nước, Phó Chủ tịch nước', name: 'Võ Thị Hương' },
    summary: 'Về việc tặng thưởng Huân chương Lao động cho các tập thể, cá nhân thuộc tỉnh An Hòa, đã có thành tích xuất sắc trong công tác từ năm {p}',
    share: 0.05,
  },
];
