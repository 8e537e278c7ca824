import { bodyToText, isEmptyParagraph } from '@/lib/content/body-text';
import type { EditableArticle } from './editable-article';

/** What must be there before an article goes to the approvers or out to the public. */
export function readinessErrors(article: EditableArticle): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  if (!article.sapo.trim()) errors.sapo = ['Vui lòng nhập sapo (đoạn mở đầu) trước khi gửi duyệt hoặc đăng.'];
  const blocks = article.body.content.filter((block) => !(block.type === 'paragraph' && isEmptyParagraph(block)));
  const slots = blocks.flatMap((block) => (block.type === 'photoSlot' ? [block.attrs.caption] : []));
  if (blocks.length === 0 || (!bodyToText(article.body).trim() && !blocks.some((block) => block.type === 'figure'))) {
    errors.body = ['Nội dung bài đang trống.'];
  } else if (slots.length > 0) {
    const named = slots.map((caption) => (caption ? `“${caption.length > 60 ? `${caption.slice(0, 60)}…` : caption}”` : '(chưa có chú thích)'));
    errors.body = [`Còn ${slots.length} chỗ ảnh chưa có ảnh: ${named.join(', ')}. Hãy thả hoặc chọn ảnh vào, hoặc bỏ chỗ ảnh đó.`];
  }
  article.photos.forEach((photo, index) => {
    if (!photo.decorative && !photo.alt.trim()) errors[`photos.${index}.alt`] = ['Vui lòng nhập mô tả ảnh (alt) hoặc đánh dấu ảnh trang trí.'];
  });
  return errors;
}
