// One batch of partner cards, read as amoCRM allows it in bulk: the cards (when not in memory), their
// deals in one request, then side by side the deals' calls, the cards' own calls, the deals' other
// contacts (and other foremen holding the same numbers) and the linked client-base rows.
import type { CatalogElement, Contact, CustomFieldDefinition, Lead, Note } from '../../api/schemas';
import { readCardPhones } from '../../domain';
import type { LoadedPartnerEvidence } from '../../api/client/evidence';
import { DEALS_PER_BATCH, type ScanSource } from './scanSource';

export interface Fields {
  contact: CustomFieldDefinition[];
  lead: CustomFieldDefinition[];
}

export interface BatchRead {
  ids: number[];
  evidence: LoadedPartnerEvidence[];
}

/**
 * The next partners to check: as many as fit one deals request (so a batch costs few requests),
 * at most `maxCards`. Partners not in memory (after a reload) are read back by id first.
 */
export async function takeBatch(
  pending: number[],
  maxCards: number,
  known: Map<number, Contact>,
  source: ScanSource,
  signal?: AbortSignal,
): Promise<number[]> {
  const head = pending.slice(0, maxCards);
  const missing = head.filter((id) => !known.has(id));
  if (missing.length > 0) {
    for (const c of await source.contactsByIds(missing, signal)) known.set(c.id, c);
  }
  const batch: number[] = [];
  let deals = 0;
  for (const id of head) {
    const count = known.get(id)?._embedded.leads?.length ?? 0;
    if (batch.length > 0 && deals + count > DEALS_PER_BATCH) break;
    batch.push(id);
    deals += count;
  }
  return batch;
}

/** The distinct numbers (E.164) on a card. */
export function numbersOf(contact: Contact): string[] {
  return [...new Set(readCardPhones(contact).phones.map((p) => p.phone.e164))];
}

export async function readBatch(
  ids: number[],
  known: Map<number, Contact>,
  fields: Fields,
  holders: Record<string, number[]>,
  source: ScanSource,
  signal?: AbortSignal,
): Promise<LoadedPartnerEvidence[]> {
  // A card deleted since the listing is simply not in the answer: it leaves the queue.
  const partners = ids.map((id) => known.get(id)).filter((c): c is Contact => c !== undefined);
  const dealIds = [...new Set(partners.flatMap((p) => (p._embedded.leads ?? []).map((l) => l.id)))];
  const leads = dealIds.length > 0 ? await source.leadsByIds(dealIds, signal) : [];
  const linkedIds = [...new Set(leads.flatMap((l) => (l._embedded.contacts ?? []).map((c) => c.id)))];
  // Other foremen holding the same numbers: read too, unless already in memory.
  const shared = new Map(partners.map((p) => [p.id, numbersOf(p).filter((n) => (holders[n]?.length ?? 0) > 1)] as const));
  const sharingIds = [...shared.values()].flat().flatMap((n) => holders[n] ?? []);
  const toRead = [...new Set([...linkedIds, ...sharingIds])].filter((id) => !known.has(id));
  const [dealCalls, cardCalls, linked, rows] = await Promise.all([
    dealIds.length > 0 ? source.callNotes('leads', dealIds, signal) : Promise.resolve([]),
    source.callNotes(
      'contacts',
      partners.map((p) => p.id),
      signal,
    ),
    toRead.length > 0 ? source.contactsByIds(toRead, signal) : Promise.resolve([]),
    leads.length > 0 ? source.clientBase(leads, fields.lead, signal) : Promise.resolve([]),
  ]);
  const rowsById = new Map(rows.map((r) => [r.id, r] as const));
  const contactsById = new Map<number, Contact>([...known, ...linked.map((c) => [c.id, c] as const)]);
  const leadsById = new Map(leads.map((l) => [l.id, l] as const));
  const callsByEntity = groupBy([...dealCalls, ...cardCalls], (n) => n.entity_id);

  return partners.map((partner) => {
    const deals = (partner._embedded.leads ?? []).map((l) => leadsById.get(l.id)).filter((l): l is Lead => l !== undefined);
    const calls: Note[] = [partner.id, ...deals.map((d) => d.id)].flatMap((id) => callsByEntity.get(id) ?? []);
    const dealContacts = [...new Set(deals.flatMap((d) => (d._embedded.contacts ?? []).map((c) => c.id)))]
      .filter((id) => id !== partner.id)
      .map((id) => contactsById.get(id))
      .filter((c): c is Contact => c !== undefined);
    const otherPartnersByPhone = Object.fromEntries(
      (shared.get(partner.id) ?? []).map((n) => [
        n,
        [...new Set(holders[n])]
          .filter((id) => id !== partner.id)
          .map((id) => contactsById.get(id))
          .filter((c): c is Contact => c !== undefined),
      ]),
    );
    const evidence: LoadedPartnerEvidence = {
      partner,
      otherPartnersByPhone,
      deals,
      calls,
      dealContacts,
      clientBase: [...new Set(deals.flatMap((d) => (d._embedded.catalog_elements ?? []).map((r) => r.id)))]
        .map((id) => rowsById.get(id))
        .filter((r): r is CatalogElement => r !== undefined),
      contactFields: fields.contact,
      leadFields: fields.lead,
    };
    return evidence;
  });
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
