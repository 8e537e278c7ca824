// Award decisions and their lists, made up for the demo (and, larger, for the benchmark):
// deterministic from a seed, realistic in shape (yearly provincial decisions, national
// ones a year later, communes named as they were on the day of the decision).
import { CITATIONS, DECISION_KINDS, DEMO_UNITS, FAMILY, GIVEN_FEMALE, GIVEN_MALE, HAMLETS, JOBS, LOCAL_COLLECTIVES, MIDDLE_FEMALE, MIDDLE_MALE, PROVINCIAL_BODIES } from './register-data';
import { seededRandom } from './random';

export type GeneratedGrant = {
  kind: 'INDIVIDUAL' | 'COLLECTIVE' | 'HOUSEHOLD';
  name: string;
  jobTitle: string;
  unit: string;
  communeCode: string;
  awardClass: string | null;
  citation: string;
  publishLevel: 'FULL' | 'NAME_UNIT' | 'HIDDEN';
};

export type GeneratedDecision = {
  number: string;
  issuedOn: string;
  issuer: string;
  signerName: string;
  signerTitle: string;
  summary: string;
  achievementYear: number;
  level: 'STATE' | 'PROVINCIAL';
  award: string;
  grants: GeneratedGrant[];
};

const MERGER = '2025-07-01';
/** When each kind of decision is signed: month of the year after the achievement (negative: December of the same year). */
const MONTHS: Record<number, number> = { 0: 2, 1: 3, 2: 2, 3: -12, 4: 9, 5: 8 };

export function* generateDecisions(options: { fromYear: number; toYear: number; linesPerYear: number; seed: number; today: string; maxLines?: number }): Generator<GeneratedDecision> {
  const rand = seededRandom(options.seed);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const numbers = new Map<string, number>();
  const maxLines = options.maxLines ?? 2000;

  function person(female: boolean) {
    return `${pick(FAMILY)} ${female ? pick(MIDDLE_FEMALE) : pick(MIDDLE_MALE)} ${female ? pick(GIVEN_FEMALE) : pick(GIVEN_MALE)}`;
  }

  function grant(kinds: GeneratedGrant['kind'][], issuedOn: string, year: number, classes?: string[]): GeneratedGrant {
    const current = pick(DEMO_UNITS);
    const unit = issuedOn < MERGER && current.formers.length > 0 ? pick(current.formers) : current;
    const bare = unit.name.replace(/^(Xã|Phường|Thị trấn|Đặc khu) /, '');
    const kind = pick(kinds);
    const collective = pick(LOCAL_COLLECTIVES)
      .replace('{c}', bare)
      .replace('{C}', unit.name.replace(/^./, (c) => c.toLowerCase()))
      .replace('{n}', String(1 + Math.floor(rand() * 30)))
      .replace('{a}', pick(HAMLETS))
      .replace('{g}', String(1 + Math.floor(rand() * 5)));
    const citation = pick(CITATIONS).replace('{y}', String(year)).replace('{p}', `${year - 4}–${year}`);
    const awardClass = classes ? pick(classes) : null;
    if (kind === 'COLLECTIVE') return { kind, name: collective, jobTitle: '', unit: '', communeCode: unit.code, awardClass, citation, publishLevel: 'FULL' };
    if (kind === 'HOUSEHOLD') {
      const female = rand() < 0.5;
      return { kind, name: `Hộ ${female ? 'bà' : 'ông'} ${person(female)}`, jobTitle: '', unit: `Ấp ${pick(['Phú Hữu', 'Tân Thạnh', 'Long Thuận', 'Mỹ Phước', 'Bình Thới'])}`, communeCode: unit.code, awardClass, citation, publishLevel: 'NAME_UNIT' };
    }
    const roll = rand();
    return {
      kind,
      name: person(rand() < 0.5),
      jobTitle: pick(JOBS),
      unit: rand() < 0.6 ? collective : pick(PROVINCIAL_BODIES),
      communeCode: unit.code,
      awardClass,
      citation,
      publishLevel: roll < 0.3 ? 'FULL' : roll < 0.95 ? 'NAME_UNIT' : 'HIDDEN',
    };
  }

  for (let year = options.fromYear; year <= options.toYear; year += 1) {
    const decisions: (GeneratedDecision & { suffix: string })[] = [];
    for (const [index, kind] of DECISION_KINDS.entries()) {
      const month = MONTHS[index];
      const issuedYear = month < 0 ? year : year + 1;
      let lines = Math.max(3, Math.round(options.linesPerYear * kind.share));
      let part = 0;
      while (lines > 0) {
        const size = Math.min(lines, maxLines);
        lines -= size;
        const day = String(5 + Math.floor(rand() * 20) + part).padStart(2, '0');
        const issuedOn = `${issuedYear}-${String(Math.abs(month)).padStart(2, '0')}-${day}`;
        part += 1;
        if (issuedOn > options.today) continue;
        const seen = new Set<string>();
        const grants: GeneratedGrant[] = [];
        for (let tries = 0; grants.length < size && tries < size * 50; tries += 1) {
          const next = grant(kind.kinds, issuedOn, year, kind.classes);
          const same = `${next.name}|${next.kind}`;
          if (seen.has(same)) continue;
          seen.add(same);
          grants.push(next);
        }
        decisions.push({
          suffix: kind.suffix,
          number: '',
          issuedOn,
          issuer: kind.issuer,
          signerName: kind.signer.name,
          signerTitle: kind.signer.title,
          summary: kind.summary.replace('{y}', String(year)).replace('{p}', `${year - 4} đến năm ${year}`),
          achievementYear: year,
          level: kind.level,
          award: kind.award,
          grants,
        });
      }
    }
    // Numbers grow through the year (about eight decisions a day), never twice the same.
    for (const { suffix, ...decision } of decisions.sort((a, b) => a.issuedOn.localeCompare(b.issuedOn))) {
      const issuedYear = decision.issuedOn.slice(0, 4);
      const key = `${suffix}-${issuedYear}`;
      const dayOfYear = Math.round((Date.parse(decision.issuedOn) - Date.parse(`${issuedYear}-01-01`)) / 86_400_000);
      const number = Math.max((numbers.get(key) ?? 0) + 1, dayOfYear * 8 + Math.floor(rand() * 8));
      numbers.set(key, number);
      yield { ...decision, number: `${number}/${suffix}` };
    }
  }
}
