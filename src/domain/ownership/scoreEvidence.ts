// Weighs the facts about one number into signed reasons (> 0 the foreman's, < 0 a client's).
// Weights are deliberately uneven: spread over addresses is the foreman's strongest mark,
// the client base and a client contact holding the number are a client's.
import type { Reason } from '../types';
import type { DealFacts } from './dealFacts';
import type { PhoneEvidence } from './gatherEvidence';

const DAY = 86_400;

export interface Scored {
  reasons: Reason[];
  /** Independent client marks, for the high-confidence rule. */
  clientMarks: Set<'concentrated' | 'client-base' | 'client-contact' | 'note'>;
  /** Calls at three or more job addresses: never a client. */
  spread: boolean;
  /** Calls at exactly two addresses: a client at most with medium confidence. */
  twoPlaces: boolean;
  otherPartners: boolean;
}

const reason = (code: Reason['code'], weight: number, params: Reason['params'] = {}): Reason => ({ code, weight, params });

function callReasons(ev: PhoneEvidence, deals: Map<number, DealFacts>, dealCount: number, now: number, out: Scored): void {
  const dealsWithCalls = ev.calls.length;
  const calls = ev.calls.reduce((n, c) => n + c.count, 0);
  const lastAt = Math.max(0, ...ev.calls.map((c) => c.lastAt));
  const daysAgo = lastAt ? Math.max(0, Math.floor((now - lastAt) / DAY)) : -1;
  if (ev.cardCalls > 0) out.reasons.push(reason('calls-on-card', 0, { calls: ev.cardCalls }));
  if (dealsWithCalls === 0) {
    out.reasons.push(reason('no-calls', 0, { deals: dealCount }));
    return;
  }
  const addresses = ev.addresses.length;
  if (addresses >= 2) {
    // Two places among many deals is thin (a client who called about a neighbour's job);
    // three or more is the foreman's pattern and rules a client out.
    if (addresses >= 3) out.spread = true;
    else out.twoPlaces = true;
    const weight = addresses >= 5 ? 4 : addresses >= 3 ? 3 : dealCount <= 4 ? 1.5 : 0.75;
    out.reasons.push(reason('calls-span-deals', weight, { deals: dealsWithCalls, addresses, calls, daysAgo }));
    return;
  }
  // One place only. Telling only when the partner has other deals the number stays out of.
  const first = ev.calls[0]!;
  const facts = deals.get(first.dealId);
  const otherDeals = dealCount - dealsWithCalls;
  // The more deals the number stays out of, the more telling it is.
  let weight = otherDeals >= 10 ? -2 : otherDeals >= 2 ? -1.5 : otherDeals === 1 ? -0.75 : 0;
  // The deal's client is already known under another number: this one may be anybody's (a crew member, the office).
  const knownPhones = [...(facts?.baseRow?.phones ?? []), ...(facts?.clientContact?.phones ?? [])];
  if (weight < 0 && knownPhones.length > 0 && !knownPhones.includes(ev.phone.phone.e164)) {
    weight /= 2;
    out.reasons.push(reason('deal-client-known', 0, { dealId: first.dealId }));
  }
  const params = { deals: dealsWithCalls, calls, dealId: first.dealId, address: facts?.addressName ?? '', daysAgo };
  out.reasons.push(reason(dealsWithCalls === 1 ? 'calls-one-deal' : 'calls-one-address', weight, params));
  if (weight <= -1) out.clientMarks.add('concentrated');
}

function contactReasons(ev: PhoneEvidence, out: Scored): void {
  for (const c of ev.contacts) {
    const params = { contactId: c.contact.id, name: c.contact.name, deals: c.dealIds.length };
    if (c.role === 'partner') {
      out.otherPartners = true;
      out.reasons.push(reason('on-other-partners', 0, { ...params, partners: 1 }));
    } else if (c.role === 'client' || c.isMain) {
      out.reasons.push(reason('on-client-contact', -2.5, params));
      out.clientMarks.add('client-contact');
    } else out.reasons.push(reason('on-deal-contact', -1, params));
  }
}

function baseReasons(ev: PhoneEvidence, out: Scored): void {
  const first = ev.baseMatches[0];
  if (!first?.baseRow) return;
  out.reasons.push(
    reason('client-base-phone', -3, { contract: first.baseRow.contract, name: first.baseRow.name, dealId: first.deal.id, rows: ev.baseMatches.length }),
  );
  out.clientMarks.add('client-base');
}

function hintReasons(ev: PhoneEvidence, out: Scored): void {
  if (ev.otherPartners.length > 0) {
    out.otherPartners = true;
    out.reasons.push(reason('on-other-partners', 0, { partners: ev.otherPartners.length, name: ev.otherPartners[0]?.name ?? '' }));
  }
  const clientNotes = ev.notes.filter((n) => n.stance === 'client').length;
  const partnerNotes = ev.notes.filter((n) => n.stance === 'partner').length;
  if (clientNotes > 0 && partnerNotes === 0) {
    out.reasons.push(reason('note-mentions', -1.5, { notes: clientNotes, stance: 'client' }));
    out.clientMarks.add('note');
  } else if (partnerNotes > 0 && clientNotes === 0) out.reasons.push(reason('note-mentions', 1, { notes: partnerNotes, stance: 'partner' }));
  const enumCode = ev.enumCodes[0];
  if (enumCode) {
    const w = ['MOB', 'WORK', 'WORKDD'].includes(enumCode) ? 0.3 : enumCode === 'FAX' ? 0.3 : -0.2;
    out.reasons.push(reason('enum-hint', w, { enumCode }));
  }
  if (ev.position === 0) out.reasons.push(reason('first-value', 0.5, { index: 0 }));
  const note = ev.phone.phone.note;
  if (note && ev.noteDeals.length === 1) {
    // The note names one of the partner's jobs: as good as the number sitting in that deal.
    out.reasons.push(reason('value-note', -1.5, { note, dealId: ev.noteDeals[0]! }));
    out.clientMarks.add('note');
  } else if (note) out.reasons.push(reason('value-note', noteWeight(note), { note }));
  if (ev.phone.phone.kind === 'landline') out.reasons.push(reason('landline', 0, {}));
}

/** A person's name or an address typed beside the number speaks of a client; «офис», «рабочий» of the foreman. */
export function noteWeight(note: string): number {
  if (/(офис|рабоч|мой|личн|прораб|бригад|склад|work|office)/i.test(note)) return 0.5;
  if (/(клиент|жена|муж|хозя|заказчик|кв\.?\s*\d|ул\.|пр\.|б-р|бульвар|проспект|\d+-\d+)/i.test(note)) return -0.7;
  if (/^[А-ЯЁA-Z][а-яёa-z]+/u.test(note)) return -0.7;
  return 0;
}

const indexes = new WeakMap<DealFacts[], Map<number, DealFacts>>();
/** Built once per card, not once per number. */
function dealIndex(deals: DealFacts[]): Map<number, DealFacts> {
  let index = indexes.get(deals);
  if (!index) {
    index = new Map(deals.map((d) => [d.deal.id, d]));
    indexes.set(deals, index);
  }
  return index;
}

export function scoreEvidence(ev: PhoneEvidence, deals: DealFacts[], now: number): Scored {
  const out: Scored = { reasons: [], clientMarks: new Set(), spread: false, twoPlaces: false, otherPartners: false };
  callReasons(ev, dealIndex(deals), deals.length, now, out);
  contactReasons(ev, out);
  baseReasons(ev, out);
  hintReasons(ev, out);
  return out;
}
