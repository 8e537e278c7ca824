import type { Role } from '../../src/generated/prisma/client';

/** One demo account per role (listed in the README); only seeded with the demo content. */
export const DEMO_USERS: { email: string; name: string; role: Role; password: string }[] = [
  { email: 'quantri@anhoa.gov.vn', name: 'Phạm Quốc Thịnh', role: 'ADMIN', password: 'QuanTri@2026' },
  { email: 'bbt@anhoa.gov.vn', name: 'Nguyễn Thị Thu Hà', role: 'APPROVER', password: 'BanBienTap@2026' },
  { email: 'bientap@anhoa.gov.vn', name: 'Ngọc Hân', role: 'EDITOR', password: 'BienTap@2026' },
  { email: 'ctv@anhoa.gov.vn', name: 'Minh Tâm', role: 'CONTRIBUTOR', password: 'CongTacVien@2026' },
];
