import { afterEach, describe, expect, it } from 'vitest';
import { formatVietnamDate, formatVietnamTime, isoVietnam, rfc822Vietnam } from '@/lib/text/dates';

const original = process.env.TZ;
afterEach(() => {
  process.env.TZ = original;
});

// 16:43 on 27/04/2024 in Vietnam is 09:43 UTC.
const instant = new Date('2024-04-27T09:43:00Z');

describe.each(['UTC', 'America/New_York', 'Asia/Tokyo'])('Vietnam time with the server in %s', (zone) => {
  it('formats as HH:mm dd/MM/yyyy in Asia/Ho_Chi_Minh', () => {
    process.env.TZ = zone;
    expect(formatVietnamTime(instant)).toBe('16:43 27/04/2024');
    expect(formatVietnamDate(instant)).toBe('27/04/2024');
  });

  it('gives ISO 8601 with the +07:00 offset', () => {
    process.env.TZ = zone;
    expect(isoVietnam(instant)).toBe('2024-04-27T16:43:00+07:00');
    expect(isoVietnam('2024-12-31T20:30:00Z')).toBe('2025-01-01T03:30:00+07:00');
  });

  it('gives RFC 822 dates for RSS', () => {
    process.env.TZ = zone;
    expect(rfc822Vietnam(instant)).toBe('Sat, 27 Apr 2024 16:43:00 +0700');
  });
});
