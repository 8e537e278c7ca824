// The consent a citizen gives with a comment, versioned: the version stored with each
// response says which words they agreed to. A new wording gets a new version.
export const CONSENT = {
  version: '2026-11-30',
  text:
    'Tôi đồng ý để cơ quan tiếp nhận xử lý dữ liệu cá nhân của tôi (họ tên, thông tin liên hệ, nội dung góp ý và tệp gửi kèm) ' +
    'để tiếp nhận, tổng hợp và báo cáo Hội đồng Thi đua – Khen thưởng. Dữ liệu không được công bố; chỉ người có thẩm quyền được xem, ' +
    'mọi lượt xem đều được ghi lại, và dữ liệu được lưu theo thời hạn lưu trữ hồ sơ khen thưởng.',
} as const;
