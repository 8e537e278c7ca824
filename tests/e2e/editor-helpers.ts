import { readdir } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';
import sharp from 'sharp';

export const ACCOUNTS = {
  editor: ['bientap@anhoa.gov.vn', 'BienTap@2026'],
  approver: ['bbt@anhoa.gov.vn', 'BanBienTap@2026'],
  contributor: ['ctv@anhoa.gov.vn', 'CongTacVien@2026'],
  admin: ['quantri@anhoa.gov.vn', 'QuanTri@2026'],
} as const;

export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/quan-tri') {
  await page.goto(`/dang-nhap?tiep=${encodeURIComponent(next)}`);
  await page.getByLabel('Email').fill(ACCOUNTS[who][0]);
  await page.getByLabel('Mật khẩu').fill(ACCOUNTS[who][1]);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/?]/g, (c) => `\\${c}`)}$`));
}

/** A camera-like JPEG, written by sharp, different for each seed. */
export async function photoFile(file: string, hue: number): Promise<string> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1600" height="1067"><rect width="100%" height="100%" fill="hsl(${hue},55%,45%)"/><circle cx="800" cy="520" r="300" fill="hsl(${(hue + 120) % 360},60%,60%)"/></svg>`;
  await sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toFile(file);
  return file;
}

/** A small but valid one-page PDF. */
export function pdfBytes(text: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Uploaded files in the e2e server's STORAGE_DIR (derived photo sizes are caches, left out). */
export async function storedFileCount(): Promise<number> {
  const root = process.env.STORAGE_DIR;
  if (!root) return -1;
  const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile() && !entry.parentPath.includes(`${root}/derived`)).length;
}
