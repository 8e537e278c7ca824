// The cells of an uploaded table, row by row, as text: a CSV file (UTF-8, comma or
// semicolon separated, as Excel saves it in Vietnamese settings) or the first sheet of an
// Excel workbook (XLSX). Only the values are read, never formulas' code or macros.
import { AppError } from '@/lib/errors';
import { decodeXmlText } from '@/lib/text/xml-text';
import { readZipEntry, zipBombReason, zipEntries } from './zip-directory';

const MAX_PART_BYTES = 16 * 1024 * 1024;
export const MAX_TABLE_ROWS = 2000;

export function readSpreadsheet(bytes: Buffer): string[][] {
  if (bytes.length >= 4 && bytes.readUInt32LE(0) === 0x04034b50) return xlsxRows(bytes);
  return csvRows(bytes);
}

function csvRows(bytes: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new AppError('bad_request', 'Tệp CSV phải được lưu với bảng mã UTF-8 (trong Excel: Lưu thành → CSV UTF-8).');
  }
  if (text.includes('\u0000')) throw new AppError('bad_request', 'Tệp này không phải CSV hay Excel (XLSX).');
  text = text.replace(/^\uFEFF/, '');
  // A title line above the table may hold neither: the first lines together decide.
  const head = text.split(/\r?\n/, 10).join('\n');
  const delimiter = (head.match(/;/g)?.length ?? 0) > (head.match(/,/g)?.length ?? 0) ? ';' : ',';
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === delimiter) {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      if (rows.length > MAX_TABLE_ROWS) break;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}

function xmlPart(bytes: Buffer, name: string): string | null {
  return readZipEntry(bytes, name, MAX_PART_BYTES)?.toString('utf8') ?? null;
}

/** The path of the workbook's first sheet, as its relationships name it. */
function firstSheetPath(bytes: Buffer): string {
  const workbook = xmlPart(bytes, 'xl/workbook.xml') ?? '';
  const relId = /<sheet\b[^>]*\br:id="([^"]+)"/.exec(workbook)?.[1];
  const rels = xmlPart(bytes, 'xl/_rels/workbook.xml.rels') ?? '';
  for (const [, attributes] of rels.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    if (relId && new RegExp(`\\bId="${relId}"`).test(attributes)) {
      const target = /\bTarget="([^"]+)"/.exec(attributes)?.[1] ?? '';
      return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
    }
  }
  return 'xl/worksheets/sheet1.xml';
}

function columnIndex(reference: string): number {
  let index = 0;
  for (const letter of /^[A-Z]+/.exec(reference)?.[0] ?? 'A') index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

const textOf = (xml: string) => [...xml.matchAll(/<t(?:\s[^>]*)?>([^<]*)<\/t>/g)].map((m) => decodeXmlText(m[1])).join('');

function xlsxRows(bytes: Buffer): string[][] {
  const entries = zipEntries(bytes);
  if (!entries.some((entry) => entry.name === 'xl/workbook.xml')) throw new AppError('bad_request', 'Tệp này không phải bảng tính Excel (XLSX) hay CSV.');
  if (zipBombReason(entries)) throw new AppError('bad_request', 'Tệp Excel không đọc được (nén bất thường).');
  const shared = [...(xmlPart(bytes, 'xl/sharedStrings.xml') ?? '').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textOf(m[1]));
  const sheet = xmlPart(bytes, firstSheetPath(bytes));
  if (sheet === null) throw new AppError('bad_request', 'Không tìm thấy trang tính đầu tiên trong tệp Excel.');
  const rows: string[][] = [];
  for (const [, rowXml] of sheet.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const row: string[] = [];
    for (const [, attributes, inner = ''] of rowXml.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const reference = /\br="([A-Z]+)\d*"/.exec(attributes)?.[1];
      const type = /\bt="(\w+)"/.exec(attributes)?.[1];
      const value = /<v>([^<]*)<\/v>/.exec(inner)?.[1];
      let text = '';
      if (type === 's') text = shared[Number(value)] ?? '';
      else if (type === 'inlineStr') text = textOf(inner);
      else if (type === 'b') text = value === '1' ? 'TRUE' : 'FALSE';
      else if (value !== undefined) text = decodeXmlText(value);
      const at = reference ? columnIndex(reference) : row.length;
      while (row.length < at) row.push('');
      row[at] = text;
    }
    rows.push(row);
    if (rows.length > MAX_TABLE_ROWS) break;
  }
  return rows;
}
