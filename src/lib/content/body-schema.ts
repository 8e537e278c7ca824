import { z } from 'zod';

// The article body is a structured document (a subset of the Tiptap/ProseMirror JSON
// format), never HTML: whatever is stored can only ever render as these elements.

const SAFE_HREF = /^(https?:\/\/|mailto:|tel:|\/(?!\/))/i;

export const linkHref = z
  .string()
  .trim()
  .max(2000)
  .refine((href) => SAFE_HREF.test(href), 'Liên kết phải bắt đầu bằng http://, https://, mailto:, tel: hoặc /');

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: linkHref }) }),
]);

const textSchema = z.object({
  type: z.literal('text'),
  text: z.string().min(1).max(20_000),
  marks: z.array(markSchema).max(3).optional(),
});

const inlineSchema = z.discriminatedUnion('type', [textSchema, z.object({ type: z.literal('hardBreak') })]);
const inlineContent = z.array(inlineSchema).max(2000).optional();

const paragraphSchema = z.object({ type: z.literal('paragraph'), content: inlineContent });
const headingSchema = z.object({
  type: z.literal('heading'),
  attrs: z.object({ level: z.union([z.literal(2), z.literal(3), z.literal(4)]) }),
  content: inlineContent,
});
const listItemSchema = z.object({ type: z.literal('listItem'), content: z.array(paragraphSchema).min(1).max(20) });
const bulletListSchema = z.object({ type: z.literal('bulletList'), content: z.array(listItemSchema).min(1).max(200) });
const orderedListSchema = z.object({ type: z.literal('orderedList'), content: z.array(listItemSchema).min(1).max(200) });
const blockquoteSchema = z.object({ type: z.literal('blockquote'), content: z.array(paragraphSchema).min(1).max(50) });
/** An inline photo: one of the article's photos, with its caption and alt kept there. */
const figureSchema = z.object({ type: z.literal('figure'), attrs: z.object({ mediaId: z.number().int().positive() }) });

export const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  headingSchema,
  bulletListSchema,
  orderedListSchema,
  blockquoteSchema,
  figureSchema,
]);

export const bodySchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema).max(2000) });

export type Mark = z.infer<typeof markSchema>;
export type InlineNode = z.infer<typeof inlineSchema>;
export type ParagraphNode = z.infer<typeof paragraphSchema>;
export type BlockNode = z.infer<typeof blockSchema>;
export type BodyDoc = z.infer<typeof bodySchema>;

export const EMPTY_BODY: BodyDoc = { type: 'doc', content: [] };

/** A stored body, or an empty one when what is stored does not parse (never trust old rows). */
export function parseBody(value: unknown): BodyDoc {
  const result = bodySchema.safeParse(value);
  return result.success ? result.data : EMPTY_BODY;
}
