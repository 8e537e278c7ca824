'use server';

import { z } from 'zod';
import { refreshPublicPages } from '@/lib/content/invalidate';
import { createArticle, deleteDraft, saveArticle } from '@/lib/editor/article-store';
import { findLinkTargets, searchMediaLibrary } from '@/lib/editor/editor-lookups';
import { currentVersion } from '@/lib/editor/editor-queries';
import { discardPendingEdit, publishPendingEdit } from '@/lib/editor/pending-edits';
import { restoreRevision } from '@/lib/editor/revisions';
import { runAction } from '@/lib/editor/run-action';
import { transition } from '@/lib/editor/workflow';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage/storage';

// Server actions of the article editor. Each one is a public endpoint: its arguments are
// checked with zod here, and the data layer authenticates and authorizes every call.

const id = z.number().int().positive().max(2_147_483_647);
const version = z.number().int().min(0).max(2_147_483_647);

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new AppError('bad_request', 'Yêu cầu không hợp lệ.');
  return result.data;
}

const saveOptions = z.object({ autosave: z.boolean().optional(), correction: z.boolean().optional() });

/**
 * `input.body` is the document as a JSON string (src/lib/editor/body-codec.ts). Options:
 * `autosave` marks the revision; `correction`, an approver's small correction of a live article.
 */
export async function saveArticleAction(articleId: number | null, baseVersion: number, input: unknown, options: z.input<typeof saveOptions> = {}) {
  return runAction(async (ctx) => {
    const result =
      articleId === null
        ? await createArticle(ctx, input)
        : await saveArticle(ctx, parse(id, articleId), parse(version, baseVersion), input, parse(saveOptions, options));
    refreshPublicPages(result.change);
    return { id: result.id, version: result.version, slug: result.slug, status: result.status };
  });
}

const transitionSchema = z.object({
  articleId: id,
  kind: z.enum(['submit', 'return', 'publish', 'forcePublish', 'withdraw', 'publishEdit', 'discardEdit']),
  version,
  comment: z.string().max(5000).optional(),
  reason: z.string().max(5000).optional(),
});

export async function transitionAction(input: z.input<typeof transitionSchema>) {
  return runAction(async (ctx) => {
    const { articleId, kind, ...rest } = parse(transitionSchema, input);
    const result =
      kind === 'publishEdit'
        ? await publishPendingEdit(ctx, articleId, rest.version)
        : kind === 'discardEdit'
          ? await discardPendingEdit(ctx, articleId, rest.version)
          : await transition(ctx, articleId, kind, rest);
    refreshPublicPages(result.change);
    return { status: result.status, version: result.version };
  });
}

export async function deleteDraftAction(articleId: number) {
  return runAction(async (ctx) => {
    const keys = await deleteDraft(ctx, parse(id, articleId));
    await Promise.all(keys.map((key) => getStorage().delete(key)));
    return { deleted: true };
  });
}

export async function restoreRevisionAction(articleId: number, revisionId: number, baseVersion: number) {
  return runAction(async (ctx) => {
    const result = await restoreRevision(ctx, parse(id, articleId), parse(id, revisionId), parse(version, baseVersion));
    refreshPublicPages(result.change);
    return { version: result.version };
  });
}

const query = z.string().max(200);

/** The site's published articles whose title has every word typed (for the link dialog). */
export async function findLinkTargetsAction(text: string) {
  return runAction((ctx) => findLinkTargets(ctx, parse(query, text)));
}

/** Photos already uploaded, found by their words in any article (the media library). */
export async function searchMediaLibraryAction(text: string) {
  return runAction((ctx) => searchMediaLibrary(ctx, parse(query, text)));
}

/** The version now stored, to tell whether a form shown again from history is out of date. */
export async function articleVersionAction(articleId: number) {
  return runAction((ctx) => currentVersion(ctx.actor, parse(id, articleId)));
}
