import type { ArticleStatus, ConsultationStatus, DecisionStatus, RecordStatus, Role } from '@/generated/prisma/client';
import { AppError } from '@/lib/errors';

// The one table of who may do what. Every check in the editor area goes through `can`.

export type Action =
  | 'account.self'
  | 'editor.access'
  | 'article.read'
  | 'article.create'
  | 'article.edit'
  | 'article.submit'
  | 'article.delete'
  | 'article.publish'
  | 'article.schedule'
  | 'article.return'
  | 'article.withdraw'
  | 'article.forcePublish'
  | 'article.publishEdit'
  | 'article.correctAlone'
  | 'media.upload'
  | 'tag.manage'
  | 'audit.view'
  | 'user.manage'
  | 'security.manage'
  | 'section.manage'
  | 'settings.manage'
  | 'consultation.read'
  | 'consultation.create'
  | 'consultation.edit'
  | 'consultation.submit'
  | 'consultation.publish'
  | 'consultation.return'
  | 'consultation.manageLive'
  | 'response.read'
  | 'response.handle'
  | 'calendar.manage'
  | 'awards.manage'
  | 'decision.read'
  | 'decision.create'
  | 'decision.edit'
  | 'decision.submit'
  | 'decision.publish'
  | 'decision.return'
  | 'decision.correct'
  | 'decision.annul'
  | 'document.read'
  | 'document.create'
  | 'document.edit'
  | 'document.submit'
  | 'document.publish'
  | 'document.return'
  | 'document.correct'
  | 'document.withdraw'
  | 'library.edit'
  | 'library.publish'
  | 'stats.view'
  | 'maintenance.manage'
  | 'question.read'
  | 'question.answer'
  | 'question.assign'
  | 'question.publish'
  | 'question.decline';

/**
 * Who acts. `restricted`: signed in, but two-step sign-in is required of this role and not
 * set up yet; until it is, only the account's own security settings are open.
 */
export type Actor = { id: number; role: Role; restricted?: boolean };
/**
 * What the rules look at. `authors`: everyone who changed the content since it was last
 * published (for four eyes); `pendingEdit`: a live article has an edit waiting.
 */
export type ArticleFacts = {
  status: ArticleStatus;
  createdById: number | null;
  lastEditorId: number | null;
  everPublished?: boolean;
  authors?: number[];
  pendingEdit?: boolean;
};

/** Consultations: lists of candidates are official data, drafted by editors and approved by someone else. */
const CONSULTATION_DRAFTING: Action[] = ['consultation.read', 'consultation.create', 'consultation.edit', 'consultation.submit'];
/** Citizens' comments are read and handled by approvers and administrators only. */
const CONSULTATION_APPROVING: Action[] = ['consultation.publish', 'consultation.return', 'consultation.manageLive', 'response.read', 'response.handle'];
/** Award decisions are official records too: editors enter them, someone else publishes, corrects or annuls. */
const DECISION_DRAFTING: Action[] = ['decision.read', 'decision.create', 'decision.edit', 'decision.submit'];
const DECISION_APPROVING: Action[] = ['decision.publish', 'decision.return', 'decision.correct', 'decision.annul'];
/** Legal documents, forms and procedure links: entered by editors, published by someone else. */
const DOCUMENT_DRAFTING: Action[] = ['document.read', 'document.create', 'document.edit', 'document.submit', 'library.edit'];
const DOCUMENT_APPROVING: Action[] = ['document.publish', 'document.return', 'document.correct', 'document.withdraw', 'library.publish'];
/** Citizens' questions: editors draft answers; approvers assign, publish (not their own draft) or decline. */
const QUESTION_DRAFTING: Action[] = ['question.read', 'question.answer'];
const QUESTION_APPROVING: Action[] = ['question.assign', 'question.publish', 'question.decline'];

const ROLE_ACTIONS: Record<Role, readonly Action[]> = {
  CONTRIBUTOR: ['account.self', 'editor.access', 'article.read', 'article.create', 'article.edit', 'article.submit', 'article.delete'],
  EDITOR: ['account.self', 'editor.access', 'article.read', 'article.create', 'article.edit', 'article.submit', 'article.delete', 'media.upload', 'tag.manage', ...CONSULTATION_DRAFTING, ...DECISION_DRAFTING, ...DOCUMENT_DRAFTING, ...QUESTION_DRAFTING],
  APPROVER: [
    'account.self', 'editor.access', 'article.read', 'article.create', 'article.edit', 'article.submit', 'article.delete', 'media.upload', 'tag.manage',
    'article.publish', 'article.schedule', 'article.return', 'article.withdraw', 'article.publishEdit', 'article.correctAlone', 'audit.view',
    ...CONSULTATION_DRAFTING, ...CONSULTATION_APPROVING, ...DECISION_DRAFTING, ...DECISION_APPROVING, ...DOCUMENT_DRAFTING, ...DOCUMENT_APPROVING, ...QUESTION_DRAFTING, ...QUESTION_APPROVING,
  ],
  ADMIN: [
    'account.self', 'editor.access', 'article.read', 'article.create', 'article.edit', 'article.submit', 'article.delete', 'media.upload', 'tag.manage',
    'article.publish', 'article.schedule', 'article.return', 'article.withdraw', 'article.forcePublish', 'article.publishEdit', 'article.correctAlone', 'audit.view',
    'user.manage', 'security.manage', 'section.manage', 'settings.manage',
    ...CONSULTATION_DRAFTING, ...CONSULTATION_APPROVING, ...DECISION_DRAFTING, ...DECISION_APPROVING, ...DOCUMENT_DRAFTING, ...DOCUMENT_APPROVING, ...QUESTION_DRAFTING, ...QUESTION_APPROVING, 'calendar.manage', 'awards.manage', 'stats.view', 'maintenance.manage',
  ],
};

const WORKING: ArticleStatus[] = ['DRAFT', 'RETURNED'];
const LIVE: ArticleStatus[] = ['PUBLISHED', 'SCHEDULED'];

/** Whether the role allows the action at all, and the article's state and ownership allow it here. */
export function can(actor: Actor, action: Action, article?: ArticleFacts): boolean {
  if (actor.restricted && action !== 'account.self') return false;
  if (!ROLE_ACTIONS[actor.role].includes(action)) return false;
  if (!article) return true;
  const own = article.createdById === actor.id;
  switch (action) {
    case 'article.read':
      // Contributors see their own articles and what is published; the rest of the newsroom sees all.
      return actor.role !== 'CONTRIBUTOR' || own || article.status === 'PUBLISHED';
    case 'article.edit':
      if (actor.role === 'CONTRIBUTOR') return own && WORKING.includes(article.status);
      if (actor.role === 'EDITOR') return [...WORKING, 'SUBMITTED'].includes(article.status);
      return article.status !== 'WITHDRAWN';
    case 'article.submit':
      return WORKING.includes(article.status) && (actor.role !== 'CONTRIBUTOR' || own);
    case 'article.delete':
      // Only drafts that were never published; published articles are withdrawn instead.
      return article.status === 'DRAFT' && !article.everPublished && (actor.role !== 'CONTRIBUTOR' || own);
    case 'article.publish':
    case 'article.schedule':
      // Four eyes: nobody approves an article they created, last edited, or changed since it was last published.
      return article.status === 'SUBMITTED' && !own && article.lastEditorId !== actor.id && !(article.authors ?? []).includes(actor.id);
    case 'article.publishEdit':
      // An edit of a live article is published by someone who did not write it.
      return LIVE.includes(article.status) && Boolean(article.pendingEdit) && article.lastEditorId !== actor.id && !(article.authors ?? []).includes(actor.id);
    case 'article.correctAlone':
      return LIVE.includes(article.status);
    case 'article.return':
      return article.status === 'SUBMITTED';
    case 'article.withdraw':
      return article.status === 'PUBLISHED' || article.status === 'SCHEDULED';
    case 'article.forcePublish':
      return article.status !== 'PUBLISHED' && article.status !== 'WITHDRAWN';
    default:
      return true;
  }
}

export function assertCan(actor: Actor | null, action: Action, article?: ArticleFacts): asserts actor is Actor {
  if (!actor) throw new AppError('unauthorized', 'Vui lòng đăng nhập để tiếp tục.');
  if (!can(actor, action, article)) throw new AppError('forbidden', 'Bạn không có quyền thực hiện thao tác này.');
}

/** What the consultation rules look at: its state and who wrote it (for four eyes). */
export type ConsultationFacts = { status: ConsultationStatus; createdById: number | null; lastEditorId: number | null };

const EDITABLE: ConsultationStatus[] = ['DRAFT', 'RETURNED', 'SUBMITTED'];
const LIVE_CONSULTATION: ConsultationStatus[] = ['SCHEDULED', 'OPEN', 'CLOSED'];

/** The same table, with a consultation's facts: drafts are edited, approvals need a second person. */
export function canOnConsultation(actor: Actor, action: Action, facts: ConsultationFacts): boolean {
  if (!can(actor, action)) return false;
  switch (action) {
    case 'consultation.edit':
      return EDITABLE.includes(facts.status);
    case 'consultation.submit':
      return facts.status === 'DRAFT' || facts.status === 'RETURNED';
    case 'consultation.publish':
      return facts.status === 'SUBMITTED' && facts.createdById !== actor.id && facts.lastEditorId !== actor.id;
    case 'consultation.return':
      return facts.status === 'SUBMITTED';
    case 'consultation.manageLive':
      return LIVE_CONSULTATION.includes(facts.status);
    default:
      return true;
  }
}

export function assertCanOnConsultation(actor: Actor | null, action: Action, facts: ConsultationFacts): asserts actor is Actor {
  assertCan(actor, action);
  if (!canOnConsultation(actor, action, facts)) {
    const why =
      action === 'consultation.publish' && facts.status === 'SUBMITTED'
        ? 'Người soạn hoặc sửa danh sách không tự duyệt được; cần một người khác duyệt.'
        : 'Thao tác này không áp dụng cho đợt lấy ý kiến ở trạng thái hiện tại.';
    throw new AppError(action === 'consultation.publish' && facts.status === 'SUBMITTED' ? 'forbidden' : 'conflict', why);
  }
}

/** What the decision rules look at: its state and who wrote it. */
export type DecisionFacts = { status: DecisionStatus; createdById: number | null; lastEditorId: number | null };

/** Drafts are edited by editors; publishing needs a second person; a published decision is corrected or annulled by an approver. */
export function canOnDecision(actor: Actor, action: Action, facts: DecisionFacts): boolean {
  if (!can(actor, action)) return false;
  switch (action) {
    case 'decision.edit':
      return facts.status === 'DRAFT' || facts.status === 'RETURNED' || facts.status === 'SUBMITTED';
    case 'decision.submit':
      return facts.status === 'DRAFT' || facts.status === 'RETURNED';
    case 'decision.publish':
      return facts.status === 'SUBMITTED' && facts.createdById !== actor.id && facts.lastEditorId !== actor.id;
    case 'decision.return':
      return facts.status === 'SUBMITTED';
    case 'decision.correct':
    case 'decision.annul':
      return facts.status === 'PUBLISHED';
    default:
      return true;
  }
}

export function assertCanOnDecision(actor: Actor | null, action: Action, facts: DecisionFacts): asserts actor is Actor {
  assertCan(actor, action);
  if (!canOnDecision(actor, action, facts)) {
    const fourEyes = action === 'decision.publish' && facts.status === 'SUBMITTED';
    throw new AppError(
      fourEyes ? 'forbidden' : 'conflict',
      fourEyes ? 'Người nhập hoặc sửa quyết định không tự duyệt được; cần một người khác duyệt.' : 'Thao tác này không áp dụng cho quyết định ở trạng thái hiện tại.',
    );
  }
}

/** What the document rules look at: its state and who wrote it. */
export type DocumentFacts = { status: RecordStatus; createdById: number | null; lastEditorId: number | null };

/** Drafts are edited by editors; publishing needs a second person; a published document is corrected or withdrawn by an approver. */
export function canOnDocument(actor: Actor, action: Action, facts: DocumentFacts): boolean {
  if (!can(actor, action)) return false;
  switch (action) {
    case 'document.edit':
      return facts.status === 'DRAFT' || facts.status === 'RETURNED' || facts.status === 'SUBMITTED' || facts.status === 'WITHDRAWN';
    case 'document.submit':
      return facts.status === 'DRAFT' || facts.status === 'RETURNED' || facts.status === 'WITHDRAWN';
    case 'document.publish':
      return facts.status === 'SUBMITTED' && facts.createdById !== actor.id && facts.lastEditorId !== actor.id;
    case 'document.return':
      return facts.status === 'SUBMITTED';
    case 'document.correct':
    case 'document.withdraw':
      return facts.status === 'PUBLISHED';
    default:
      return true;
  }
}

export function assertCanOnDocument(actor: Actor | null, action: Action, facts: DocumentFacts): asserts actor is Actor {
  assertCan(actor, action);
  if (!canOnDocument(actor, action, facts)) {
    const fourEyes = action === 'document.publish' && facts.status === 'SUBMITTED';
    throw new AppError(
      fourEyes ? 'forbidden' : 'conflict',
      fourEyes ? 'Người nhập hoặc sửa văn bản không tự duyệt được; cần một người khác duyệt.' : 'Thao tác này không áp dụng cho văn bản ở trạng thái hiện tại.',
    );
  }
}

export const ROLE_LABELS: Record<Role, string> = {
  CONTRIBUTOR: 'Cộng tác viên',
  EDITOR: 'Biên tập viên',
  APPROVER: 'Ban biên tập',
  ADMIN: 'Quản trị',
};
