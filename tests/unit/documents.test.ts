import { describe, expect, it } from 'vitest';
import { headWords } from '@/lib/documents/document-labels';
import { numberMatches, numberPattern, numberQueryWords } from '@/lib/documents/number-query';
import { computeValidity, type IncomingAct } from '@/lib/documents/validity';
import { parseQuery } from '@/lib/search/query';

const tokens = (text: string) => {
  const parsed = parseQuery(text);
  if (typeof parsed === 'string') throw new Error(text);
  return parsed.tokens;
};

describe('the validity of a document, computed from dates and relations', () => {
  const base = { effectiveFrom: '2024-01-15', effectiveTo: null, incoming: [] as IncomingAct[] };

  it('is not yet in force before its effective date, and in force from that day', () => {
    expect(computeValidity(base, '2024-01-14')).toEqual({ validity: 'NOT_YET', since: '2024-01-15', next: null });
    expect(computeValidity(base, '2024-01-15')).toEqual({ validity: 'IN_FORCE', since: '2024-01-15', next: null });
  });

  it('expires on its own end date without anyone editing it', () => {
    const facts = { ...base, effectiveTo: '2026-01-01' };
    expect(computeValidity(facts, '2025-12-31')).toEqual({ validity: 'IN_FORCE', since: '2024-01-15', next: { validity: 'EXPIRED', on: '2026-01-01' } });
    expect(computeValidity(facts, '2026-01-01')).toMatchObject({ validity: 'EXPIRED', since: '2026-01-01', next: null });
  });

  it('expires when a document that replaces or repeals it whole takes effect, not when it is signed', () => {
    for (const kind of ['REPLACES', 'REPEALS'] as const) {
      const facts = { ...base, incoming: [{ kind, partial: false, effectiveFrom: '2025-03-01' }] };
      expect(computeValidity(facts, '2025-02-28'), kind).toMatchObject({ validity: 'IN_FORCE', next: { validity: 'EXPIRED', on: '2025-03-01' } });
      expect(computeValidity(facts, '2025-03-01'), kind).toMatchObject({ validity: 'EXPIRED', since: '2025-03-01' });
    }
  });

  it('is partly expired when amended, or replaced or repealed in part; a guide changes nothing', () => {
    for (const act of [
      { kind: 'AMENDS', partial: false },
      { kind: 'REPLACES', partial: true },
      { kind: 'REPEALS', partial: true },
    ] as const) {
      expect(computeValidity({ ...base, incoming: [{ ...act, effectiveFrom: '2025-01-01' }] }, '2025-06-01'), act.kind).toMatchObject({ validity: 'PARTLY_EXPIRED', since: '2025-01-01' });
    }
    expect(computeValidity({ ...base, incoming: [{ kind: 'GUIDES', partial: false, effectiveFrom: '2025-01-01' }] }, '2025-06-01').validity).toBe('IN_FORCE');
  });

  it('stays expired when amended after it was replaced, and takes the earliest of two expiries', () => {
    const facts = {
      ...base,
      effectiveTo: '2027-01-01',
      incoming: [
        { kind: 'AMENDS' as const, partial: false, effectiveFrom: '2025-06-01' },
        { kind: 'REPLACES' as const, partial: false, effectiveFrom: '2025-03-01' },
      ],
    };
    expect(computeValidity(facts, '2026-01-01')).toEqual({ validity: 'EXPIRED', since: '2025-03-01', next: null });
    expect(computeValidity(facts, '2025-02-01')).toEqual({ validity: 'IN_FORCE', since: '2024-01-15', next: { validity: 'EXPIRED', on: '2025-03-01' } });
  });

  it('announces a coming partial expiry, then the full one', () => {
    const facts = { ...base, incoming: [{ kind: 'AMENDS' as const, partial: false, effectiveFrom: '2025-01-01' }, { kind: 'REPLACES' as const, partial: false, effectiveFrom: '2026-01-01' }] };
    expect(computeValidity(facts, '2024-06-01').next).toEqual({ validity: 'PARTLY_EXPIRED', on: '2025-01-01' });
    expect(computeValidity(facts, '2025-06-01')).toEqual({ validity: 'PARTLY_EXPIRED', since: '2025-01-01', next: { validity: 'EXPIRED', on: '2026-01-01' } });
  });
});

describe('number matching', () => {
  const decree = headWords('DECREE', '98/2023/NĐ-CP');
  const law = headWords('LAW', '06/2022/QH15');
  const decision = headWords('DECISION', '163/QĐ-UBND');

  it('stores the type and number as folded words', () => {
    expect(decree).toBe(' nghi dinh 98 2023 nd cp ');
    expect(decision).toBe(' quyet dinh 163 qd ubnd ');
  });

  it('matches the number as printed, without diacritics, in part, or after its type', () => {
    for (const typed of ['98/2023', '98/2023/NĐ-CP', '98/2023/ND-CP', 'nghi dinh 98', 'Nghị định số 98', 'nghị định 98/2023', '98']) {
      expect(numberMatches(decree, tokens(typed)), typed).toBe(true);
    }
    expect(numberMatches(decision, tokens('163/QĐ-UBND'))).toBe(true);
    expect(numberMatches(law, tokens('luat 06/2022/QH15'))).toBe(true);
  });

  it('does not match another number, a number inside another, or words alone', () => {
    for (const typed of ['98/2022', '198/2023', '9/2023', 'thong tu 98', 'nghi dinh', '2023 98']) {
      expect(numberMatches(decree, tokens(typed)), typed).toBe(false);
    }
  });

  it('drops "số" only before a number, and builds the LIKE pattern from the same words', () => {
    expect(numberQueryWords(['nghi', 'dinh', 'so', '98'])).toEqual(['nghi', 'dinh', '98']);
    expect(numberQueryWords(['so', 'tay'])).toEqual(['so', 'tay']);
    expect(numberPattern(tokens('Nghị định số 98/2023'))).toBe('% nghi dinh 98 2023 %');
  });
});
