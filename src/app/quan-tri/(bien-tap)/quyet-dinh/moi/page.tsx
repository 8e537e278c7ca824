import { createDecisionAction } from '@/app/quan-tri/decision-actions';
import { ActionForm } from '@/components/admin/action-form';
import { DecisionFields } from '@/components/decision-editor/decision-fields';
import { requireActor } from '@/lib/auth/session';
import { vietnamDateOf } from '@/lib/consultations/working-days';
import { getSiteSettings } from '@/lib/content/settings';
import { db } from '@/lib/db';

export const metadata = { title: 'Nhập quyết định khen thưởng' };

export default async function NewDecisionPage() {
  await requireActor('/quan-tri/quyet-dinh/moi', 'decision.create');
  // Most decisions are the province's own: a new one starts from the last of those.
  const [settings, last] = await Promise.all([
    getSiteSettings(),
    db.awardDecision.findFirst({ where: { level: 'PROVINCIAL' }, orderBy: { createdAt: 'desc' }, select: { issuer: true, signerName: true, signerTitle: true } }),
  ]);
  const today = vietnamDateOf(new Date());
  return (
    <>
      <h1 className="text-2xl font-bold">Nhập quyết định khen thưởng</h1>
      <p className="mt-1 text-sm text-neutral-700">Lưu bản nháp trước; sau đó tải lên bản quyết định đã ký (PDF), nhập danh sách kèm theo từ tệp Excel hoặc CSV và gửi duyệt.</p>
      <ActionForm action={createDecisionAction} submit="Lưu bản nháp" className="mt-4 grid gap-4 md:grid-cols-2">
        <DecisionFields
          defaults={{
            number: '',
            issuedOn: today.split('-').reverse().join('/'),
            issuer: last?.issuer ?? (settings.parentAgency || settings.agencyName),
            signerName: last?.signerName ?? '',
            signerTitle: last?.signerTitle ?? '',
            summary: '',
            achievementYear: Number(today.slice(0, 4)) - 1,
            level: 'PROVINCIAL',
          }}
        />
      </ActionForm>
    </>
  );
}
