// Every cache tag of public content, in one place, so a change can invalidate every page
// it touches (see invalidate.ts).
export const TAGS = {
  /** Lists that any publication changes: home, latest, feeds, sitemaps. */
  articles: 'articles',
  /** One article page, by every slug it answers to (current and old). */
  articleSlug: (slug: string) => `article-slug:${slug}`,
  section: (slug: string) => `section:${slug}`,
  sections: 'sections',
  tag: (slug: string) => `tag:${slug}`,
  settings: 'settings',
  /** Consultation lists, their feed and sitemap entries. */
  consultations: 'consultations',
  consultation: (slug: string) => `consultation:${slug}`,
  /** The award taxonomy pages. */
  awards: 'awards',
  /** The awards register: decisions, the search over their grants, statistics. */
  register: 'register',
  decision: (slug: string) => `decision:${slug}`,
  /** Exemplary-model profiles (gương điển hình): their list, and one by its slug. */
  profiles: 'profiles',
  profile: (slug: string) => `profile:${slug}`,
  /** The documents register: its list, search, sitemap entries; one document by its slug; forms and procedures. */
  documents: 'documents',
  document: (slug: string) => `document:${slug}`,
  library: 'library',
  /** Answered questions (hỏi đáp): their list, pages, search and sitemap entries. */
  questions: 'questions',
  /** The working-day calendar (deadlines shown while a consultation is open). */
  calendar: 'calendar',
} as const;

/** Seconds after which cached public reads are refreshed even if nothing said so. */
export const SAFETY_REVALIDATE_SECONDS = 3600;
