// Communes and wards, current and former. In 2025 the province merged its communes and
// gave some new names: a grant keeps the unit it was filed under, and the register finds
// it by that name, by the name of the unit it became, and by any other former name of it.
import { foldVietnamese } from '@/lib/text/normalize';

export type UnitRef = { code: string; name: string; type: string; mergedIntoCode: string | null; validTo: string | null };

/** The unit a code is now part of (itself while it exists). */
export function currentUnit(code: string, units: ReadonlyMap<string, UnitRef>): UnitRef | null {
  let unit = units.get(code) ?? null;
  for (let hops = 0; unit?.mergedIntoCode && hops < 10; hops += 1) unit = units.get(unit.mergedIntoCode) ?? unit;
  return unit;
}

/** Every code filed under the same current unit as `code`: it, the unit it became, and that unit's other former units. */
export function unitFamily(code: string, units: ReadonlyMap<string, UnitRef>): string[] {
  const root = currentUnit(code, units);
  if (!root) return [];
  return [...units.values()].filter((unit) => currentUnit(unit.code, units)?.code === root.code).map((unit) => unit.code);
}

const PREFIX = /^(xa|phuong|thi tran|dac khu)\s+/;
const bare = (name: string) => foldVietnamese(name).replace(/\s+/g, ' ').trim().replace(PREFIX, '');

/**
 * The unit a list means by "Xã Long Điền", "long dien" or a former name. With the type
 * written, only that type; without it, the name must be unambiguous. Current units win
 * over former ones of the same name.
 */
export function matchUnit(text: string, units: Iterable<UnitRef>): { unit: UnitRef } | { error: string } {
  const folded = foldVietnamese(text).replace(/\s+/g, ' ').trim();
  const name = bare(text);
  const typed = PREFIX.exec(folded)?.[1] ?? null;
  const matches = [...units].filter((unit) => bare(unit.name) === name && (!typed || foldVietnamese(unit.name).startsWith(typed)));
  if (matches.length === 0) return { error: `Không có xã, phường "${text}" trong danh mục địa giới hành chính.` };
  const current = matches.filter((unit) => !unit.validTo);
  const pool = current.length > 0 ? current : matches;
  if (pool.length > 1) return { error: `"${text}" trùng tên ${pool.map((u) => u.name).join(', ')}; ghi rõ xã hay phường.` };
  return { unit: pool[0] };
}

/** "Xã Phú Lộc (nay là Xã Long Điền)" for a former unit; its own name otherwise. */
export function unitLabel(code: string, units: ReadonlyMap<string, UnitRef>): string {
  const unit = units.get(code);
  if (!unit) return '';
  const now = currentUnit(code, units);
  return now && now.code !== unit.code ? `${unit.name} (nay là ${now.name})` : unit.name;
}
