'use client';

// The last resort when even the site frame fails. Plain markup: the stylesheet may not load.
export default function GlobalError() {
  return (
    <html lang="vi">
      <body style={{ fontFamily: 'Arial, sans-serif', maxWidth: 560, margin: '64px auto', padding: '0 16px', color: '#171717' }}>
        <h1 style={{ fontSize: 24 }}>Cổng thông tin tạm thời gián đoạn</h1>
        <p>Hệ thống đang bận hoặc đang được bảo trì. Vui lòng thử lại sau ít phút.</p>
        <p>
          <a href="/" style={{ color: '#9a1c15' }}>
            Về trang chủ
          </a>
        </p>
      </body>
    </html>
  );
}
