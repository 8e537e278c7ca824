import { z } from 'zod';
import { nfc } from '@/lib/text/normalize';

// The article body is a structured document (a subset of the Tiptap/ProseMirror JSON
// format), never HTML: whatever is stored can only ever render as these elements. Every
// object is strict: a node, mark or attribute the portal does not know is refused, never
// dropped, so a save either keeps everything that was typed or says what is wrong.
//
// The editor's own schema (src/components/editor/body-extensions.ts) allows exactly these
// shapes, and src/lib/editor/body-codec.ts turns what it produces into this form.

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

/** http(s), mailto, tel, or a path on this site: nothing that can run script. */
export const isSafeHref = (href: string) => SAFE_HREF.test(href.trim());

export const linkHref = z
  .string()
  .trim()
  .max(2000, 'Liên kết dài quá 2.000 ký tự.')
  .refine((href) => SAFE_HREF.test(href), 'Liên kết phải bắt đầu bằng http://, https://, mailto:, tel: hoặc /');

/** Text is stored in NFC whatever the keyboard sent. */
const text = (max: number) => z.string().max(max).transform(nfc);

const markSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('bold') }),
  z.strictObject({ type: z.literal('italic') }),
  z.strictObject({ type: z.literal('link'), attrs: z.strictObject({ href: linkHref }) }),
]);

const textSchema = z.strictObject({
  type: z.literal('text'),
  text: text(20_000).pipe(z.string().min(1)),
  marks: z.array(markSchema).min(1).max(3).optional(),
});

const inlineSchema = z.discriminatedUnion('type', [textSchema, z.strictObject({ type: z.literal('hardBreak') })]);
const inlineContent = z.array(inlineSchema).min(1).max(2000).optional();

const paragraphSchema = z.strictObject({ type: z.literal('paragraph'), content: inlineContent });
const headingSchema = z.strictObject({
  type: z.literal('heading'),
  attrs: z.strictObject({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: inlineContent,
});

/** Lists nest at most this deep; deeper nesting is refused with a message, not cut. */
export const MAX_LIST_DEPTH = 4;

const listItemSchema = z.strictObject({
  type: z.literal('listItem'),
  // A list item starts with a paragraph; nested lists may follow it.
  get content(): z.ZodArray<z.ZodUnion<readonly [typeof paragraphSchema, typeof bulletListSchema, typeof orderedListSchema]>> {
    return z
      .array(z.union([paragraphSchema, bulletListSchema, orderedListSchema]))
      .min(1)
      .max(50)
      .refine((blocks) => blocks[0]?.type === 'paragraph', 'Mục danh sách phải bắt đầu bằng một đoạn văn.');
  },
});
const bulletListSchema = z.strictObject({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(500) });
const orderedListSchema = z.strictObject({
  type: z.literal('orderedList'),
  attrs: z.strictObject({ start: z.number().int().min(0).max(100_000) }).optional(),
  content: z.array(listItemSchema).min(1).max(500),
});

const blockquoteSchema = z.strictObject({ type: z.literal('blockquote'), content: z.array(paragraphSchema).min(1).max(200) });

/** An inline photo: one of the article's photos, whose alt, caption and credit live there. */
const figureSchema = z.strictObject({ type: z.literal('figure'), attrs: z.strictObject({ mediaId: z.number().int().positive().max(2_147_483_647) }) });

/** A place for a photo still to come, with its caption (made from a pasted "Ảnh: …" line). */
const photoSlotSchema = z.strictObject({ type: z.literal('photoSlot'), attrs: z.strictObject({ caption: text(1000) }) });

/** "Danh sách được khen": the list of a published award decision, shown from the register (never a pasted copy). */
const grantListSchema = z.strictObject({
  type: z.literal('grantList'),
  attrs: z.strictObject({ decision: z.string().min(1).max(120).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/) }),
});

const span = z.number().int().min(2).max(50);
const cellAttrs = z.strictObject({ colspan: span.optional(), rowspan: span.optional() }).optional();
const cellContent = z.array(paragraphSchema).min(1).max(50);
const cellSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('tableHeader'), attrs: cellAttrs, content: cellContent }),
  z.strictObject({ type: z.literal('tableCell'), attrs: cellAttrs, content: cellContent }),
]);
const rowSchema = z.strictObject({ type: z.literal('tableRow'), content: z.array(cellSchema).min(1).max(50) });
const tableSchema = z.strictObject({
  type: z.literal('table'),
  attrs: z.strictObject({ caption: text(500).pipe(z.string().min(1)) }).optional(),
  content: z.array(rowSchema).min(1).max(1000),
});

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  bulletListSchema,
  orderedListSchema,
  blockquoteSchema,
  figureSchema,
  photoSlotSchema,
  tableSchema,
  grantListSchema,
]);

export const bodySchema = z.strictObject({ type: z.literal('doc'), content: z.array(blockSchema).max(5000) });

export type Mark = z.infer<typeof markSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;
export type ParagraphNode = z.infer<typeof paragraphSchema>;
export type ListItemNode = z.infer<typeof listItemSchema>;
export type ListNode = z.infer<typeof bulletListSchema> | z.infer<typeof orderedListSchema>;
export type TableNode = z.infer<typeof tableSchema>;
export type GrantListNode = z.infer<typeof grantListSchema>;
export type TableCellNode = z.infer<typeof cellSchema>;
export type BlockNode = z.infer<typeof blockSchema>;
export type BodyDoc = z.infer<typeof bodySchema>;

export const EMPTY_BODY: BodyDoc = { type: 'doc', content: [] };

/** A stored body, or an empty one when what is stored does not parse (never trust old rows). */
export function parseBody(value: unknown): BodyDoc {
  const result = bodySchema.safeParse(value);
  return result.success ? result.data : EMPTY_BODY;
}
