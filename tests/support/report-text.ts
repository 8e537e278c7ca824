import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isCaptionLine, splitSapoSource, stripCaptionPrefix } from '@/lib/text/prefixes';

// A news report as a provincial portal prints it, read from its plain-text copy (the
// layout of shared/reference/reference-article.txt): title, "HH:mm dd/MM/yyyy", the sapo
// with its source, the body with "Ảnh: …" lines under photos, the byline, "Tag:".

export type ReportBlock = { kind: 'p'; text: string } | { kind: 'figure'; caption: string };

export type Report = {
  title: string;
  /** "16:43 27/04/2024" as printed, and "27/04/2024 16:43" as the editor takes it. */
  time: string;
  timeInput: string;
  /** The sapo line exactly as printed, source prefix included. */
  sapoLine: string;
  source: string;
  sapo: string;
  /** The body as it would be copied from the page: blank lines and all. */
  bodyText: string;
  blocks: ReportBlock[];
  byline: string;
};

const TIME = /^(\d{2}:\d{2}) (\d{2}\/\d{2}\/\d{4})$/;

export function readReport(text: string): Report {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const at = lines.findIndex((line) => TIME.test(line.trim()));
  const tag = lines.findIndex((line) => line.trim() === 'Tag:');
  if (at < 1 || tag < at) throw new Error('Not a report in the reference layout.');
  const title = lines.slice(0, at).map((l) => l.trim()).filter(Boolean).at(-1)!;
  const [, clock, day] = TIME.exec(lines[at].trim())!;
  const sapoLine = lines[at + 1].trim();
  const rest = lines.slice(at + 2, tag);
  const bylineAt = rest.map((l) => l.trim()).findLastIndex(Boolean);
  const body = rest.slice(0, bylineAt);
  const { sapo, source } = splitSapoSource(sapoLine, '');
  return {
    title,
    time: `${clock} ${day}`,
    timeInput: `${day} ${clock}`,
    sapoLine,
    source,
    sapo,
    bodyText: body.join('\n').trim(),
    blocks: body
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line): ReportBlock => (isCaptionLine(line) ? { kind: 'figure', caption: stripCaptionPrefix(line) } : { kind: 'p', text: line })),
    byline: rest[bylineAt].trim(),
  };
}

const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'bao-cao-tong-ket.txt');
const REFERENCE = path.resolve(import.meta.dirname, '..', '..', '..', 'shared', 'reference', 'reference-article.txt');

/**
 * The project's own report in the reference layout, and the reference report itself when
 * this checkout sits beside the shared folder (it is read there, never copied in).
 */
export function reportsToWrite(): { name: string; report: Report }[] {
  const reports = [{ name: 'báo cáo mẫu của dự án', report: readReport(readFileSync(FIXTURE, 'utf8')) }];
  if (existsSync(REFERENCE)) reports.push({ name: 'báo cáo tham chiếu', report: readReport(readFileSync(REFERENCE, 'utf8')) });
  return reports;
}
