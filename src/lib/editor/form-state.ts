import { format } from 'date-fns';
import { tz } from '@date-fns/tz';
import { VIETNAM_TZ } from '@/lib/text/dates';
import type { ArticleInput } from './article-input';
import type { JSONContent } from '@tiptap/core';
import type { ArticleSnapshot, EditableAttachment, EditablePhoto } from './editable-article';

/** An ISO time as the form's datetime-local value, in Vietnam time: "2026-11-24T08:30". */
export function toVietnamLocalInput(iso: string | null): string {
  return iso ? format(new Date(iso), "yyyy-MM-dd'T'HH:mm", { in: tz(VIETNAM_TZ) }) : '';
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
    body: snapshot.body,
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
  body: JSONContent;
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
    body: article.body as JSONContent,
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
    body: form.body,
    leadMediaId: form.leadMediaId,
    photos: form.photos.map(({ mediaId, alt, caption, credit, decorative }) => ({ mediaId, alt, caption, credit, decorative })),
    attachments: form.attachments.map(({ id, title }) => ({ id, title })),
  };
}

