// The kind of a public page, from its address: what usage statistics group views by.

export const PAGE_KINDS = {
  home: 'Trang chủ',
  article: 'Tin bài',
  list: 'Chuyên mục, tag',
  search: 'Tìm kiếm',
  consultation: 'Lấy ý kiến',
  register: 'Tra cứu khen thưởng',
  document: 'Văn bản, biểu mẫu, thủ tục',
  agency: 'Giới thiệu, liên hệ',
  question: 'Hỏi đáp',
  other: 'Trang khác',
} as const;

export type PageKind = keyof typeof PAGE_KINDS;

const RULES: [RegExp, PageKind][] = [
  [/^\/$/, 'home'],
  [/^\/bai-viet\//, 'article'],
  [/^\/(?:chuyen-muc|the)\//, 'list'],
  [/^\/tim-kiem$/, 'search'],
  [/^\/(?:lay-y-kien|tra-cuu-gop-y)(?:\/|$)/, 'consultation'],
  [/^\/(?:tra-cuu-khen-thuong|quyet-dinh-khen-thuong|thong-ke-khen-thuong|guong-dien-hinh|danh-hieu-khen-thuong)(?:\/|$)/, 'register'],
  [/^\/(?:van-ban|bieu-mau|thu-tuc-hanh-chinh)(?:\/|$)/, 'document'],
  [/^\/(?:gioi-thieu|lien-he|en|so-do-trang)(?:\/|$)/, 'agency'],
  [/^\/hoi-dap(?:\/|$)/, 'question'],
];

export function pageKindOf(pathname: string): PageKind {
  return RULES.find(([pattern]) => pattern.test(pathname))?.[1] ?? 'other';
}
