// A small award taxonomy for pure tests: the rules of the real one, four awards.
import type { AwardRule } from '@/lib/consultations/award-rules';

export const ND98 = 'khoản 2 Điều 46 Nghị định 98/2023/NĐ-CP';
export const award = (id: number, code: string, name: string, extra: Partial<AwardRule> = {}): AwardRule => ({
  id,
  code,
  name,
  classes: [],
  recipientKinds: ['INDIVIDUAL', 'COLLECTIVE'],
  posthumousAllowed: false,
  minConsultationWorkingDays: null,
  consultationBasis: '',
  validFrom: '2024-01-01',
  validTo: null,
  ...extra,
});
export const LABOUR = award(1, 'HC_LAO_DONG', 'Huân chương Lao động', { classes: ['Nhất', 'Nhì', 'Ba'], posthumousAllowed: true, minConsultationWorkingDays: 10, consultationBasis: ND98 });
export const FLAG = award(2, 'CO_THI_DUA_CHINH_PHU', 'Cờ thi đua của Chính phủ', { recipientKinds: ['COLLECTIVE'], minConsultationWorkingDays: 10, consultationBasis: 'thông lệ' });
export const MERIT = award(3, 'BANG_KHEN_CHU_TICH_TINH', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', { recipientKinds: ['INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD'] });
export const OLD = award(4, 'CU', 'Danh hiệu đã bỏ', { validTo: '2025-06-30' });
export const TAXONOMY = [LABOUR, FLAG, MERIT, OLD];
