import pg from 'pg';

/** The e2e database (npm test seeds it with the demo content before the server starts). */
export async function withDatabase<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** The demo report the reference page is modelled on. */
export const REPORT = {
  slug: 'hoi-nghi-tong-ket-cong-tac-thi-dua-khen-thuong-nam-2025-va-trien-khai-nhiem-vu-nam-2026',
  title: 'Hội nghị tổng kết công tác thi đua, khen thưởng năm 2025 và triển khai nhiệm vụ năm 2026',
  section: 'Tin hoạt động',
  byline: 'Ngọc Hân',
};

export const VIETNAM_TIME = /^\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}$/;
