// A synthetic but realistic corpus for the search benchmark: Vietnamese titles, leads
// and bodies about emulation and awards, with people's names, units and award titles.
import { DEMO_ARTICLES } from '../seed/demo-articles';

const pick = <T,>(rand: () => number, items: readonly T[]) => items[Math.floor(rand() * items.length)];

export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Thạch', 'Kha', 'Diệp', 'Lâm'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Quốc', 'Thanh', 'Hữu', 'Đức', 'Thu', 'Hồng', 'Kim', 'Mỹ', 'Bảo', 'Xuân'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Duyên', 'Giang', 'Hà', 'Hải', 'Hạnh', 'Hòa', 'Hùng', 'Khải', 'Lan', 'Linh', 'Long', 'Mai', 'Nam', 'Nga', 'Phong', 'Phúc', 'Quân', 'Sơn', 'Tâm', 'Thảo', 'Thịnh', 'Trang', 'Tuấn', 'Vân', 'Yến', 'Lộc', 'Trân', 'Tường', 'Diệp', 'Nhựt'];
const PLACES = ['Phú Lộc', 'Tân Phú', 'Bình Minh', 'Long Hựu', 'Hòa Thành', 'Long Điền', 'Mỹ Hòa', 'Trà Cú', 'An Hòa', 'Vĩnh Xuân', 'Tân Lược', 'Hiếu Phụng', 'Quới Thiện', 'Trung Hiệp'];
const UNITS = ['Trường Tiểu học', 'Trường THCS', 'Trường THPT', 'UBND xã', 'Công an huyện', 'Trạm Y tế xã', 'Hợp tác xã Nông nghiệp', 'Hội Nông dân xã', 'Đoàn Thanh niên xã', 'Bệnh viện Đa khoa huyện', 'Chi cục Thuế', 'Ban Chỉ huy Quân sự huyện'];
const AWARDS = [
  'Huân chương Lao động hạng Nhất', 'Huân chương Lao động hạng Nhì', 'Huân chương Lao động hạng Ba', 'Huân chương Độc lập hạng Ba',
  'Bằng khen của Thủ tướng Chính phủ', 'Bằng khen của Chủ tịch UBND tỉnh', 'Chiến sĩ thi đua toàn quốc', 'Chiến sĩ thi đua cấp tỉnh',
  'Cờ thi đua của Chính phủ', 'Cờ thi đua cấp tỉnh', 'Tập thể lao động xuất sắc', 'Lao động tiên tiến', 'Giấy khen', 'Kỷ niệm chương',
];
const MOVEMENTS = ['Cả nước chung tay vì người nghèo', 'Dân vận khéo', 'Xây dựng nông thôn mới', 'Chuyển đổi số', 'Cải cách hành chính', 'Doanh nghiệp phát triển bền vững', 'Người tốt, việc tốt', 'Mỗi thầy cô giáo là một tấm gương'];
const TITLE_PATTERNS = [
  (r: () => number) => `Trao ${pick(r, AWARDS)} cho ${Math.floor(r() * 60) + 2} tập thể, cá nhân ở ${pick(r, PLACES)}`,
  (r: () => number) => `Phát động phong trào thi đua “${pick(r, MOVEMENTS)}” tại ${pick(r, PLACES)}`,
  (r: () => number) => `${pick(r, UNITS)} ${pick(r, PLACES)} tổng kết công tác thi đua, khen thưởng năm ${2015 + Math.floor(r() * 12)}`,
  (r: () => number) => `Gương sáng ${name(r)} trong phong trào “${pick(r, MOVEMENTS)}”`,
  (r: () => number) => `Lấy ý kiến Nhân dân đề nghị tặng ${pick(r, AWARDS)}`,
  (r: () => number) => `Hướng dẫn xét tặng danh hiệu ${pick(r, AWARDS)} năm ${2020 + Math.floor(r() * 7)}`,
];

export function name(rand: () => number) {
  return `${pick(rand, FAMILY)} ${pick(rand, MIDDLE)} ${pick(rand, GIVEN)}`;
}

const SENTENCES = DEMO_ARTICLES.flatMap((article) => [article.sapo, ...article.body.filter((line) => !line.startsWith('['))]).map((line) =>
  line.replace(/^(## |> |- )/, ''),
);

export type CorpusArticle = { title: string; sapo: string; bodyText: string; byline: string; days: number; attachment: string | null };

export function corpusArticle(index: number): CorpusArticle {
  const r = prng(index + 1);
  const title = pick(r, TITLE_PATTERNS)(r);
  const paragraphs = Array.from({ length: 3 + Math.floor(r() * 4) }, () =>
    r() < 0.6 ? pick(r, SENTENCES) : `${name(r)}, ${pick(r, UNITS)} ${pick(r, PLACES)}, được tặng ${pick(r, AWARDS)} vì đã có thành tích xuất sắc trong phong trào “${pick(r, MOVEMENTS)}”.`,
  );
  const attachment =
    r() < 0.1
      ? Array.from({ length: 20 + Math.floor(r() * 40) }, (_, i) => `${i + 1}. ${name(r)}, ${pick(r, UNITS)} ${pick(r, PLACES)} – ${pick(r, AWARDS)}`).join('\n')
      : null;
  return {
    title,
    sapo: pick(r, SENTENCES),
    bodyText: paragraphs.join('\n'),
    byline: name(r),
    days: Math.floor(r() * 3650),
    attachment,
  };
}

/** 50 queries: with and without diacritics, one word, several words, names, no hit. */
export const BENCH_QUERIES = [
  'thi đua', 'thi dua', 'khen thưởng', 'khen thuong', 'thi đua khen thưởng', 'thi dua khen thuong', 'THI ĐUA', 'Huân chương Lao động',
  'huan chuong lao dong', 'huân chương lao động hạng nhì', 'Bằng khen Thủ tướng', 'bang khen thu tuong chinh phu', 'Chiến sĩ thi đua toàn quốc',
  'chien si thi dua cap tinh', 'cờ thi đua', 'nông thôn mới', 'nong thon moi', 'dân vận khéo', 'dan van kheo', 'chuyển đổi số', 'chuyen doi so',
  'cải cách hành chính', 'Nguyễn Văn Khải', 'nguyen van khai', 'Trần Thị Mỹ Duyên', 'tran thi my duyen', 'Lê Ngọc Hà', 'le ngoc ha', 'Thạch Văn Sơn',
  'Phú Lộc', 'phu loc', 'Trường Tiểu học Phú Lộc', 'truong tieu hoc phu loc', 'Bệnh viện Đa khoa', 'hợp tác xã', 'gương người tốt việc tốt',
  'lấy ý kiến nhân dân', 'lay y kien nhan dan', 'tập thể lao động xuất sắc', 'Kỷ niệm chương', 'giáo viên', 'nông dân', 'đồng chí', 'dong chi',
  'Việt Nam', 'viet nam', 'xyzzy không có', 'quantum blockchain', 'zzqx', 'năm 2023',
];
