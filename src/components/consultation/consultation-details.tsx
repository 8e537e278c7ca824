import { AttachmentList } from '@/components/article/attachment-list';
import type { PublicConsultation } from '@/lib/consultations/public-consultations';
import { formatCalendarDate } from '@/lib/consultations/working-days';
import { formatVietnamTime } from '@/lib/text/dates';
import { CandidateTable } from './candidate-table';

type Props = { consultation: PublicConsultation; commentHref?: (candidateId: number) => string; linkAwards?: boolean };

/** The facts of a consultation and its list: what the page and its print view both show. */
export function ConsultationDetails({ consultation, commentHref, linkAwards }: Props) {
  const active = consultation.candidates.filter((c) => c.withdrawnAt === null).length;
  return (
    <>
      <dl className="mt-5 grid gap-x-4 gap-y-2 text-[15px] sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">Thời gian lấy ý kiến</dt>
        <dd>
          Từ {formatVietnamTime(consultation.opensAt)} đến hết ngày {formatCalendarDate(consultation.closesOn)} ({consultation.workingDays} ngày làm việc, không kể ngày đăng)
          {consultation.extendedReason && <span className="block">Đã gia hạn: {consultation.extendedReason}</span>}
        </dd>
        {consultation.proposingBody && (
          <>
            <dt className="font-semibold">Cơ quan đề nghị</dt>
            <dd>{consultation.proposingBody}</dd>
          </>
        )}
        {consultation.proposalRef && (
          <>
            <dt className="font-semibold">Văn bản đề nghị</dt>
            <dd>{consultation.proposalRef}</dd>
          </>
        )}
        {consultation.legalBasis && (
          <>
            <dt className="font-semibold">Căn cứ</dt>
            <dd>{consultation.legalBasis}</dd>
          </>
        )}
      </dl>
      <CandidateTable
        candidates={consultation.candidates}
        caption={`Danh sách ${active} cá nhân, tập thể được đề nghị khen thưởng`}
        commentHref={commentHref}
        linkAwards={linkAwards}
      />
      <AttachmentList files={consultation.attachments} />
    </>
  );
}
