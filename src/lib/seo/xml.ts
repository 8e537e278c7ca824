// Strings placed in XML (sitemaps, feeds) are escaped here and nowhere else.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(value: string): string {
  // Characters XML 1.0 forbids are dropped rather than escaped.
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

export const XML_HEADER = '<?xml version="1.0" encoding="UTF-8"?>';
