import type { LegalDocumentType } from '@/generated/prisma/client';
import { parseQuery, type SearchQuery } from '@/lib/search/query';
import { cleanLine } from '@/lib/text/normalize';
import { PAGE_SIZE, pageCount, parsePage } from '@/lib/text/pagination';
import { TYPE_SLUGS } from './document-labels';
import type { DocumentSummary, DocumentWithValidity } from './public-documents';
import { computeValidity, VALIDITY_SLUGS, type Validity } from './validity';

// The register's query string as anyone may type it (/van-ban?q=&loai=&co-quan=&nam=
// &tinh-trang=&trang=): every value checked, a wrong one dropped with a Vietnamese note,
// never an error page.

export type DocumentQuery = {
  text: string;
  query: SearchQuery | null;
  type: LegalDocumentType | null;
  issuer: string | null;
  year: number | null;
  validity: Validity | null;
  page: number;
  notes: string[];
};

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => cleanLine((Array.isArray(value) ? value[0] : value) ?? '').slice(0, 200);
const keyOf = <K extends string>(map: Record<K, string>, slug: string): K | null => (Object.entries(map) as [K, string][]).find(([, value]) => value === slug)?.[0] ?? null;

export function parseDocumentQuery(params: Params, issuers: string[]): DocumentQuery {
  const notes: string[] = [];
  const text = one(params.q);
  const parsed = text ? parseQuery(text) : null;
  if (typeof parsed === 'string' && parsed !== 'empty') notes.push('Từ khóa quá ngắn hoặc không có chữ, số; đã bỏ qua từ khóa.');
  const typeSlug = one(params.loai);
  const type = typeSlug ? keyOf(TYPE_SLUGS, typeSlug) : null;
  if (typeSlug && !type) notes.push('Loại văn bản đã chọn không có; đã bỏ bộ lọc này.');
  const issuerText = one(params['co-quan']);
  const issuer = issuerText && issuers.includes(issuerText) ? issuerText : null;
  if (issuerText && !issuer) notes.push('Cơ quan ban hành đã chọn không có văn bản nào; đã bỏ bộ lọc này.');
  const yearText = one(params.nam);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText && !year) notes.push('Năm ban hành cần có 4 chữ số; đã bỏ bộ lọc năm.');
  const validitySlug = one(params['tinh-trang']);
  const validity = validitySlug ? keyOf(VALIDITY_SLUGS, validitySlug) : null;
  if (validitySlug && !validity) notes.push('Tình trạng hiệu lực đã chọn không có; đã bỏ bộ lọc này.');
  const page = parsePage(params.trang) ?? 1;
  return { text, query: parsed && typeof parsed !== 'string' ? parsed : null, type, issuer, year, validity, page, notes };
}

export type DocumentPage = { items: DocumentWithValidity[]; total: number; page: number; pageCount: number };

/**
 * The matching documents on `today`, in the search's order when there is a query (its
 * `rankedIds`), newest first otherwise; one page of them.
 */
export function selectDocuments(index: DocumentSummary[], query: DocumentQuery, rankedIds: number[] | null, today: string): DocumentPage {
  let list: DocumentSummary[] = index;
  if (rankedIds) {
    const byId = new Map(index.map((document) => [document.id, document]));
    list = rankedIds.flatMap((id) => byId.get(id) ?? []);
  }
  const items = list
    .filter((document) => (!query.type || document.type === query.type) && (!query.issuer || document.issuer === query.issuer) && (!query.year || document.issuedOn.startsWith(`${query.year}-`)))
    .map((document) => ({ ...document, state: computeValidity(document, today) }))
    .filter((document) => !query.validity || document.state.validity === query.validity);
  const pages = pageCount(items.length);
  const page = Math.min(query.page, pages);
  return { items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE), total: items.length, page, pageCount: pages };
}

/** The issuers and years the filters offer: those of published documents. */
export function facetsOf(index: DocumentSummary[]): { issuers: string[]; years: number[] } {
  const issuers = [...new Set(index.map((document) => document.issuer))].sort((a, b) => a.localeCompare(b, 'vi'));
  const years = [...new Set(index.map((document) => Number(document.issuedOn.slice(0, 4))))].sort((a, b) => b - a);
  return { issuers, years };
}

/** The query string of the current filters (for pagination links and the form). */
export function documentParams(query: DocumentQuery): Record<string, string> {
  return {
    q: query.text,
    loai: query.type ? TYPE_SLUGS[query.type] : '',
    'co-quan': query.issuer ?? '',
    nam: query.year ? String(query.year) : '',
    'tinh-trang': query.validity ? VALIDITY_SLUGS[query.validity] : '',
  };
}
