import type { BodyDoc } from '@/lib/content/body-schema';

// One stored document per kind of content the article editor can make, in the stored
// form. Unit, integration and end-to-end tests round-trip each of them.

const t = (text: string, ...marks: ('bold' | 'italic' | { href: string })[]) => ({
  type: 'text' as const,
  text,
  ...(marks.length > 0 ? { marks: marks.map((m) => (typeof m === 'string' ? { type: m } : { type: 'link' as const, attrs: { href: m.href } })) } : {}),
});
const p = (...content: ReturnType<typeof t>[]) => ({ type: 'paragraph' as const, content });
const cell = (type: 'tableHeader' | 'tableCell', text: string, attrs?: { colspan?: number; rowspan?: number }) => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: [text ? p(t(text)) : { type: 'paragraph' as const }],
});

export const NODE_SAMPLES: Record<string, (mediaId: number) => BodyDoc> = {
  paragraph: () => ({ type: 'doc', content: [p(t('Năm 2023, công tác thi đua khen thưởng có nhiều chuyển biến tích cực.'))] }),
  heading2: () => ({ type: 'doc', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('Kết quả nổi bật')] }, p(t('Đoạn sau tiêu đề.'))] }),
  heading3: () => ({ type: 'doc', content: [{ type: 'heading', attrs: { level: 3 }, content: [t('Khen thưởng tập thể')] }, p(t('Đoạn sau tiêu đề nhỏ.'))] }),
  bold: () => ({ type: 'doc', content: [p(t('Hơn '), t('5.000 tập thể, cá nhân', 'bold'), t(' được khen ở cấp tỉnh.'))] }),
  italic: () => ({ type: 'doc', content: [p(t('Tinh thần '), t('“càng khó khăn càng phải thi đua”', 'italic'), t('.'))] }),
  boldItalicLink: () => ({ type: 'doc', content: [p(t('Xem ', 'bold'), t('toàn văn Luật', 'bold', 'italic', { href: 'https://vbpl.vn/luat-thi-dua-khen-thuong-2022' }), t(' tại đây.'))] }),
  link: () => ({ type: 'doc', content: [p(t('Xem thêm '), t('bài tổng kết năm trước', { href: '/bai-viet/tong-ket-nam-truoc' }), t('.'))] }),
  hardBreak: () => ({ type: 'doc', content: [{ type: 'paragraph', content: [t('Dòng một'), { type: 'hardBreak' }, t('Dòng hai')] }] }),
  bulletList: () => ({
    type: 'doc',
    content: [{ type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Cờ thi đua cấp tỉnh'))] }, { type: 'listItem', content: [p(t('Bằng khen của UBND tỉnh'))] }] }],
  }),
  orderedList: () => ({
    type: 'doc',
    content: [
      {
        type: 'orderedList',
        attrs: { start: 3 },
        content: [
          { type: 'listItem', content: [p(t('Thi đua cải cách hành chính')), { type: 'bulletList', content: [{ type: 'listItem', content: [p(t('Một cửa liên thông'))] }] }] },
          { type: 'listItem', content: [p(t('Thi đua chuyển đổi số'))] },
        ],
      },
    ],
  }),
  blockquote: () => ({ type: 'doc', content: [{ type: 'blockquote', content: [p(t('Thi đua là yêu nước, yêu nước thì phải thi đua.')), p(t('— Chủ tịch Hồ Chí Minh'))] }] }),
  figure: (mediaId) => ({ type: 'doc', content: [p(t('Trước ảnh.')), { type: 'figure', attrs: { mediaId } }, p(t('Sau ảnh.'))] }),
  photoSlot: () => ({ type: 'doc', content: [p(t('Trước chỗ ảnh.')), { type: 'photoSlot', attrs: { caption: 'Toàn cảnh Hội nghị' } }, p(t('Sau chỗ ảnh.'))] }),
  grantList: () => ({ type: 'doc', content: [p(t('Danh sách được khen:')), { type: 'grantList', attrs: { decision: '163-qd-ubnd-2024' } }, p(t('Sau danh sách.'))] }),
  table: () => ({
    type: 'doc',
    content: [
      {
        type: 'table',
        attrs: { caption: 'Kết quả khen thưởng năm 2023' },
        content: [
          { type: 'tableRow', content: [cell('tableHeader', 'Hình thức'), cell('tableHeader', 'Số lượng')] },
          { type: 'tableRow', content: [cell('tableCell', 'Cờ thi đua cấp tỉnh'), cell('tableCell', '58')] },
          { type: 'tableRow', content: [cell('tableCell', 'Tổng cộng', { colspan: 2 })] },
          { type: 'tableRow', content: [cell('tableCell', ''), cell('tableCell', '207')] },
        ],
      },
    ],
  }),
};
