import type { SceneKind } from './photos';
import type { DemoDocument } from './documents';
import type { DemoSectionSlug } from './sections';

export type DemoArticle = {
  title: string;
  section: DemoSectionSlug;
  /** Published this many days before the seed runs, at `hour` Vietnam time. */
  daysAgo: number;
  hour: number;
  sapo: string;
  body: string[];
  photos: { scene: SceneKind; caption: string; alt: string; credit?: string }[];
  tags: string[];
  byline: string;
  attachment?: { title: string; fileName: string; document: DemoDocument };
};
