import type { BodyDoc } from '@/lib/content/body-schema';
import { formatVietnamInput } from '@/lib/text/dates';
import type { ArticleInput } from './article-input';
import type { ArticleSnapshot, EditableAttachment, EditablePhoto } from './editable-article';

/** An ISO time as the form shows it, in Vietnam time: "24/11/2026 08:30". */
export function toVietnamLocalInput(iso: string | null): string {
  return iso ? formatVietnamInput(iso) : '';
}

/** What the form would send for this snapshot (used by restore and by the editor page). */
export function snapshotToInput(snapshot: ArticleSnapshot): ArticleInput {
  return {
    title: snapshot.title,
    slug: snapshot.slug,
    sapo: snapshot.sapo,
    source: snapshot.source,
    byline: snapshot.byline,
    sectionId: snapshot.sectionId,
    tags: snapshot.tags,
    publishedAt: toVietnamLocalInput(snapshot.publishedAt),
    body: JSON.stringify(snapshot.body),
    leadMediaId: snapshot.leadMediaId,
    photos: snapshot.photos.map(({ mediaId, alt, caption, credit, decorative }) => ({ mediaId, alt, caption, credit, decorative })),
    attachments: snapshot.attachments.map(({ id, title }) => ({ id, title })),
  };
}

export type FormState = {
  title: string;
  slug: string;
  slugEdited: boolean;
  sapo: string;
  source: string;
  byline: string;
  sectionId: number;
  tags: string[];
  publishedAt: string;
  body: BodyDoc;
  leadMediaId: number | null;
  photos: EditablePhoto[];
  attachments: EditableAttachment[];
};

/** The editor form's state for a saved article or a revision. */
export function formStateOf(article: ArticleSnapshot): FormState {
  return {
    title: article.title,
    slug: article.slug,
    slugEdited: true,
    sapo: article.sapo,
    source: article.source,
    byline: article.byline,
    sectionId: article.sectionId,
    tags: article.tags,
    publishedAt: toVietnamLocalInput(article.publishedAt),
    body: article.body,
    leadMediaId: article.leadMediaId,
    photos: article.photos,
    attachments: article.attachments,
  };
}

export function toInput(form: FormState): ArticleInput {
  return {
    title: form.title,
    slug: form.slug,
    sapo: form.sapo,
    source: form.source,
    byline: form.byline,
    sectionId: form.sectionId,
    tags: form.tags,
    publishedAt: form.publishedAt,
    // Serialized here, parsed and checked on the server: the document never depends on
    // how the action's transport would encode objects.
    body: JSON.stringify(form.body),
    leadMediaId: form.leadMediaId,
    photos: form.photos.map(({ mediaId, alt, caption, credit, decorative }) => ({ mediaId, alt, caption, credit, decorative })),
    attachments: form.attachments.map(({ id, title }) => ({ id, title })),
  };
}

