import type { DocumentRelationKind } from '@/generated/prisma/client';

// Whether a legal document is in force (tình trạng hiệu lực) is never typed: it follows
// from its own dates and from what published documents do to it.
// - Before its effective date: not yet in force.
// - From its own end date (effectiveTo, the first day it no longer applies): expired.
// - From the day a document that replaces or repeals it whole takes effect: expired.
// - From the day a document that amends it, or replaces or repeals part of it, takes
//   effect: partly expired (the provisions concerned no longer apply as written).
// - Otherwise: in force. A document that only guides it changes nothing.
// Dates are Vietnam calendar dates ("2026-03-02"), compared as text.

export type Validity = 'NOT_YET' | 'IN_FORCE' | 'PARTLY_EXPIRED' | 'EXPIRED';

export const VALIDITY_LABELS: Record<Validity, string> = {
  NOT_YET: 'Chưa có hiệu lực',
  IN_FORCE: 'Còn hiệu lực',
  PARTLY_EXPIRED: 'Hết hiệu lực một phần',
  EXPIRED: 'Hết hiệu lực',
};

/** The register's filter values (`?tinh-trang=con-hieu-luc`). */
export const VALIDITY_SLUGS: Record<Validity, string> = {
  NOT_YET: 'chua-co-hieu-luc',
  IN_FORCE: 'con-hieu-luc',
  PARTLY_EXPIRED: 'het-hieu-luc-mot-phan',
  EXPIRED: 'het-hieu-luc',
};

/** A published document's act on this one: what it does, to all or part, from when. */
export type IncomingAct = { kind: DocumentRelationKind; partial: boolean; effectiveFrom: string };

export type ValidityFacts = { effectiveFrom: string; effectiveTo: string | null; incoming: IncomingAct[] };

export type ValidityState = {
  validity: Validity;
  /** Since when it has this state (the date it took effect, or ceased to apply in all or part). */
  since: string;
  /** A change already known that has not come yet: the date it will expire in all or part. */
  next: { validity: Validity; on: string } | null;
};

const ends = (act: IncomingAct) => (act.kind === 'REPLACES' || act.kind === 'REPEALS') && !act.partial;
const cuts = (act: IncomingAct) => act.kind === 'AMENDS' || ((act.kind === 'REPLACES' || act.kind === 'REPEALS') && act.partial);

/** Every date on which the document's state changes, with the state from that day. */
function changes(facts: ValidityFacts): { on: string; validity: Validity }[] {
  const list: { on: string; validity: Validity }[] = [{ on: facts.effectiveFrom, validity: 'IN_FORCE' }];
  if (facts.effectiveTo) list.push({ on: facts.effectiveTo, validity: 'EXPIRED' });
  for (const act of facts.incoming) {
    if (ends(act)) list.push({ on: act.effectiveFrom, validity: 'EXPIRED' });
    else if (cuts(act)) list.push({ on: act.effectiveFrom, validity: 'PARTLY_EXPIRED' });
  }
  return list;
}

const rank: Record<Validity, number> = { NOT_YET: 0, IN_FORCE: 1, PARTLY_EXPIRED: 2, EXPIRED: 3 };

/** The state on `today`, taking the strongest change that has come (an expiry outlasts a later amendment). */
function stateOn(list: { on: string; validity: Validity }[], day: string): { validity: Validity; since: string } {
  let state: { validity: Validity; since: string } | null = null;
  for (const change of list) {
    if (change.on > day) continue;
    if (!state || rank[change.validity] > rank[state.validity] || (change.validity === state.validity && change.on < state.since)) state = { validity: change.validity, since: change.on };
  }
  return state ?? { validity: 'NOT_YET', since: list[0].on };
}

export function computeValidity(facts: ValidityFacts, today: string): ValidityState {
  const list = changes(facts);
  const now = stateOn(list, today);
  const upcoming = list.filter((change) => change.on > today && change.validity !== 'IN_FORCE').sort((a, b) => (a.on < b.on ? -1 : 1));
  const next = upcoming
    .map((change) => ({ on: change.on, validity: stateOn(list, change.on).validity }))
    .find((change) => rank[change.validity] > rank[now.validity === 'NOT_YET' ? 'IN_FORCE' : now.validity]);
  return { ...now, next: next ?? null };
}
