import { describe, expect, it } from 'vitest';
import type { ArticleStatus, Role } from '@/generated/prisma/client';
import { can, type Action } from '@/lib/auth/permissions';

const roles: Role[] = ['CONTRIBUTOR', 'EDITOR', 'APPROVER', 'ADMIN'];
const me = 1;
const other = 2;
const actor = (role: Role) => ({ id: me, role });
const article = (status: ArticleStatus, createdById = other, lastEditorId: number | null = other) => ({ status, createdById, lastEditorId });

describe('the permission table', () => {
  it('gives each role its actions, and no more', () => {
    const expectations: [Action, Role[]][] = [
      ['editor.access', roles],
      ['article.create', roles],
      ['media.upload', ['EDITOR', 'APPROVER', 'ADMIN']],
      ['tag.manage', ['EDITOR', 'APPROVER', 'ADMIN']],
      ['article.publish', ['APPROVER', 'ADMIN']],
      ['article.schedule', ['APPROVER', 'ADMIN']],
      ['article.return', ['APPROVER', 'ADMIN']],
      ['article.withdraw', ['APPROVER', 'ADMIN']],
      ['article.forcePublish', ['ADMIN']],
      ['user.manage', ['ADMIN']],
      ['section.manage', ['ADMIN']],
      ['settings.manage', ['ADMIN']],
    ];
    for (const [action, allowed] of expectations) {
      for (const role of roles) expect(can(actor(role), action), `${role} ${action}`).toBe(allowed.includes(role));
    }
  });

  it('lets a contributor edit, submit and delete only their own drafts', () => {
    const contributor = actor('CONTRIBUTOR');
    expect(can(contributor, 'article.edit', article('DRAFT', me))).toBe(true);
    expect(can(contributor, 'article.edit', article('RETURNED', me))).toBe(true);
    expect(can(contributor, 'article.edit', article('DRAFT', other))).toBe(false);
    expect(can(contributor, 'article.edit', article('SUBMITTED', me))).toBe(false);
    expect(can(contributor, 'article.edit', article('PUBLISHED', me))).toBe(false);
    expect(can(contributor, 'article.submit', article('DRAFT', me))).toBe(true);
    expect(can(contributor, 'article.submit', article('DRAFT', other))).toBe(false);
    expect(can(contributor, 'article.delete', article('DRAFT', me))).toBe(true);
    expect(can(contributor, 'article.publish', article('SUBMITTED', other))).toBe(false);
  });

  it('lets an editor edit any draft, returned or submitted article, but not published ones', () => {
    const editor = actor('EDITOR');
    for (const status of ['DRAFT', 'RETURNED', 'SUBMITTED'] as const) expect(can(editor, 'article.edit', article(status)), status).toBe(true);
    for (const status of ['PUBLISHED', 'SCHEDULED', 'WITHDRAWN'] as const) expect(can(editor, 'article.edit', article(status)), status).toBe(false);
  });

  it('lets an approver edit published articles and approve others’ work only (four eyes)', () => {
    const approver = actor('APPROVER');
    expect(can(approver, 'article.edit', article('PUBLISHED'))).toBe(true);
    expect(can(approver, 'article.publish', article('SUBMITTED'))).toBe(true);
    expect(can(approver, 'article.publish', article('SUBMITTED', me, other))).toBe(false);
    expect(can(approver, 'article.publish', article('SUBMITTED', other, me))).toBe(false);
    expect(can(approver, 'article.schedule', article('SUBMITTED', other, me))).toBe(false);
    expect(can(approver, 'article.publish', article('DRAFT'))).toBe(false);
    expect(can(approver, 'article.return', article('SUBMITTED'))).toBe(true);
    expect(can(approver, 'article.withdraw', article('PUBLISHED'))).toBe(true);
    expect(can(approver, 'article.withdraw', article('DRAFT'))).toBe(false);
  });

  it('keeps the four-eyes rule for administrators, who may force-publish instead', () => {
    const admin = actor('ADMIN');
    expect(can(admin, 'article.publish', article('SUBMITTED', me))).toBe(false);
    expect(can(admin, 'article.forcePublish', article('SUBMITTED', me))).toBe(true);
    expect(can(admin, 'article.forcePublish', article('WITHDRAWN', me))).toBe(false);
  });

  it('never deletes what was published', () => {
    expect(can(actor('ADMIN'), 'article.delete', { ...article('DRAFT'), everPublished: true })).toBe(false);
    expect(can(actor('ADMIN'), 'article.delete', article('PUBLISHED'))).toBe(false);
  });
});
