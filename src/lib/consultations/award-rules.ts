// The rules of the award taxonomy that a candidate and a consultation must keep: the
// class must be one the award has, the recipient one it may go to, posthumous only where
// the law allows it, and the window no shorter than the award's legal floor. Pure: the
// taxonomy rows come from the database (AwardType), so a change in the law is data.
import { foldVietnamese } from '@/lib/text/normalize';

export type RecipientKind = 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';

export type AwardRule = {
  id: number;
  code: string;
  name: string;
  classes: string[];
  recipientKinds: RecipientKind[];
  posthumousAllowed: boolean;
  minConsultationWorkingDays: number | null;
  consultationBasis: string;
  /** "YYYY-MM-DD" */
  validFrom: string;
  validTo: string | null;
};

export const RECIPIENT_LABELS: Record<RecipientKind, string> = { INDIVIDUAL: 'cá nhân', COLLECTIVE: 'tập thể', HOUSEHOLD: 'hộ gia đình' };

const listing = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} hoặc ${items.at(-1)}`);

/** "cá nhân", "CN", "tập thể", "hộ gia đình" as written in a list's kind column. */
export function parseRecipientKind(text: string): RecipientKind | null {
  const folded = foldVietnamese(text).trim();
  if (/^(ca nhan|cn)$/.test(folded)) return 'INDIVIDUAL';
  if (/^(tap the|tt)$/.test(folded)) return 'COLLECTIVE';
  if (/^(ho gia dinh|hgd|ho)$/.test(folded)) return 'HOUSEHOLD';
  return null;
}

/** A yes in a spreadsheet cell: "x", "có", "1", "Truy tặng". */
export const isYes = (text: string) => /^(x|co|1|true|truy tang|dung)$/.test(foldVietnamese(text).trim());

/** "Nhất", "Nhì", "Ba", "Tư" from what people write: "hạng Nhì", "nhi", "2", "II". */
export function parseAwardClass(text: string): string | null {
  const folded = foldVietnamese(text).replace(/^hang\s+/, '').trim();
  if (folded === '') return null;
  const known: Record<string, string> = { nhat: 'Nhất', '1': 'Nhất', i: 'Nhất', nhi: 'Nhì', '2': 'Nhì', ii: 'Nhì', ba: 'Ba', '3': 'Ba', iii: 'Ba', tu: 'Tư', '4': 'Tư', iv: 'Tư' };
  return known[folded] ?? text.trim();
}

/** What is wrong with giving `award` to this candidate; [] when nothing is. */
export function candidateAwardErrors(award: AwardRule, candidate: { kind: RecipientKind; awardClass: string | null; posthumous: boolean }, on?: string): string[] {
  const errors: string[] = [];
  if (award.classes.length > 0 && !candidate.awardClass) {
    errors.push(`Chọn hạng của ${award.name} (${listing(award.classes.map((c) => `hạng ${c}`))}).`);
  } else if (candidate.awardClass && !award.classes.includes(candidate.awardClass)) {
    errors.push(
      award.classes.length > 0
        ? `${award.name} không có hạng ${candidate.awardClass}; chỉ có ${listing(award.classes.map((c) => `hạng ${c}`))}.`
        : `${award.name} không chia hạng; bỏ hạng ${candidate.awardClass}.`,
    );
  }
  if (!award.recipientKinds.includes(candidate.kind)) {
    errors.push(`${award.name} chỉ xét tặng cho ${listing(award.recipientKinds.map((k) => RECIPIENT_LABELS[k]))}, không tặng cho ${RECIPIENT_LABELS[candidate.kind]}.`);
  }
  if (candidate.posthumous && (!award.posthumousAllowed || candidate.kind !== 'INDIVIDUAL')) {
    errors.push(candidate.kind !== 'INDIVIDUAL' ? 'Chỉ cá nhân mới có thể được truy tặng.' : `${award.name} không có hình thức truy tặng.`);
  }
  if (on && (on < award.validFrom || (award.validTo && on > award.validTo))) {
    errors.push(`${award.name} không còn hiệu lực vào ngày ${on.split('-').reverse().join('/')}.`);
  }
  return errors;
}

/** The longest legal floor among the awards of a list: the window may not be shorter. */
export function windowFloor(awards: AwardRule[]): { days: number; award: AwardRule } | null {
  let floor: { days: number; award: AwardRule } | null = null;
  for (const award of awards) {
    const days = award.minConsultationWorkingDays ?? 0;
    if (days > (floor?.days ?? 0)) floor = { days, award };
  }
  return floor;
}

/** "Tối thiểu 10 ngày làm việc (khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP)" when the window is too short. */
export function windowError(workingDays: number, awards: AwardRule[]): string | null {
  const floor = windowFloor(awards);
  if (!floor || workingDays >= floor.days) return null;
  const basis = floor.award.consultationBasis ? ` (${floor.award.consultationBasis})` : '';
  return `Tối thiểu ${floor.days} ngày làm việc${basis}: danh sách có ${floor.award.name}.`;
}

/** The award a person means by "Huân chương Lao động hạng Ba" (or its code), and the class written with it. */
export function matchAward<A extends Pick<AwardRule, 'code' | 'name'>>(text: string, awards: A[]): { award: A; awardClass: string | null } | null {
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  if (!folded) return null;
  const classMatch = /^(.*?)\s+hang\s+(\S+)$/.exec(folded);
  const candidates: [string, string | null][] = [[folded, null]];
  if (classMatch) candidates.push([classMatch[1], parseAwardClass(text.trim().split(/\s+/).at(-1) ?? '')]);
  // "của" and quotes are often left out, and the bodies abbreviated: "Bằng khen của Chủ tịch UBND tỉnh".
  const plain = (value: string) =>
    value
      .replace(/\bubnd\b/g, 'uy ban nhan dan')
      .replace(/\bttcp\b/g, 'thu tuong chinh phu')
      .replace(/\bcua\s+/g, '')
      .replace(/["“”]/g, '')
      .replace(/\s+/g, ' ')
      .trim();
  for (const [name, awardClass] of candidates) {
    const award = awards.find((a) => plain(foldVietnamese(a.name)) === plain(name) || a.code.toLowerCase() === name.replace(/\s+/g, '_'));
    if (award) return { award, awardClass };
  }
  return null;
}
