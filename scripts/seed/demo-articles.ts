import { ARTICLES_A } from './articles-a';
import { ARTICLES_B } from './articles-b';
import type { DemoArticle } from './article-type';

export const DEMO_ARTICLES: DemoArticle[] = [...ARTICLES_A, ...ARTICLES_B];
