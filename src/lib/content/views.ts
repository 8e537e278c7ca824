// Plain, serializable shapes handed from the data layer to pages and components.
import type { BodyDoc } from './body-schema';

export type SectionRef = { name: string; slug: string };
export type TagRef = { name: string; slug: string };

export type PhotoView = {
  mediaId: number;
  storageKey: string;
  width: number;
  height: number;
  alt: string;
  caption: string;
  credit: string;
  decorative: boolean;
};

export type AttachmentView = {
  id: number;
  title: string;
  fileName: string;
  mime: string;
  bytes: number;
};

export type ArticleSummary = {
  id: number;
  slug: string;
  title: string;
  sapo: string;
  /** ISO 8601 (UTC); format with lib/text/dates for display. */
  publishedAt: string;
  section: SectionRef;
  lead: PhotoView | null;
};

export type ArticleView = ArticleSummary & {
  source: string | null;
  body: BodyDoc;
  bodyText: string;
  byline: string;
  revisedAt: string | null;
  tags: TagRef[];
  photos: PhotoView[];
  attachments: AttachmentView[];
  /** Set when the article is the story of an exemplary-model profile: that page is the canonical one. */
  profileSlug: string | null;
  /** Set when the article is a page of the agency: it is read at /{pagePath}. */
  pagePath: string | null;
};

export type Paged<T> = { items: T[]; total: number; page: number; pageCount: number };
