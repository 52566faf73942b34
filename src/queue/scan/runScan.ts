// The account-wide scan: list every contact page, keep the partner cards, then check them in
// batches (their deals, the deals' calls and contacts) and ask the engine about each card.
// After every page and every batch the state is saved, so a reload, a cancel or a lost session
// resumes from the last finished step; a card whose `updated_at` matches its stored finding is
// not read again.
import type { Contact } from '../../api/schemas';
import type { LoadedPartnerEvidence } from '../../api/client/evidence';
import { isAmoApiError } from '../../api/client/errors';
import { needsWork, type CardFinding } from './cardFinding';
import { isPartner, resolvePartnerMarker } from './partnerMarker';
import { emptyQueueState, type QueueState, type QueueStore } from './queueStore';
import { numbersOf, readBatch, takeBatch, type BatchRead, type Fields } from './readBatch';
import { CONTACTS_PAGE_PATH, type ScanSource } from './scanSource';

export type CardEvaluator = (evidence: LoadedPartnerEvidence) => CardFinding;

export interface ScanOptions {
  source: ScanSource;
  store: QueueStore;
  evaluate: CardEvaluator;
  /** `settings.partner_marker`: what marks a partner when not detected by name. */
  partnerMarker?: string;
  now?: () => number;
  signal?: AbortSignal;
  onUpdate?: (state: QueueState) => void;
  /** Most partner cards checked together (one checkpoint). */
  maxBatchCards?: number;
}

/** A new scan that keeps the previous findings (reused when a card is unchanged) and the history. */
export function startScan(previous: QueueState | null, now: number): QueueState {
  return {
    ...emptyQueueState(now),
    listingNext: CONTACTS_PAGE_PATH,
    cards: previous?.cards ?? {},
    history: previous?.history ?? [],
  };
}

/** Whether a stored scan stopped before its end and can go on. */
export function canResume(state: QueueState | null): state is QueueState {
  return state !== null && state.status !== 'done';
}

/** Partner cards checked so far and in total (total grows while the listing runs). */
export function scanCounts(state: QueueState): { checked: number; total: number; listing: boolean } {
  return { checked: state.partners.length - state.pending.length, total: state.partners.length, listing: state.listingNext !== null };
}

/** Runs (or resumes) the scan from `from`; resolves with the state it stopped in. Never throws. */
export async function runScan(options: ScanOptions, from: QueueState): Promise<QueueState> {
  const now = options.now ?? (() => Date.now());
  const { source, signal } = options;
  let state: QueueState = { ...from, lastError: undefined };
  const known = new Map<number, Contact>();
  const commit = (next: QueueState) => {
    state = next;
    options.store.save(state);
    options.onUpdate?.(state);
  };

  try {
    const [contact, lead] = await Promise.all([source.contactFields(signal), source.leadFields(signal)]);
    const fields: Fields = { contact, lead };
    const marker = resolvePartnerMarker(options.partnerMarker, fields.contact);

    while (state.listingNext !== null) {
      if (state.status !== 'listing') commit({ ...state, status: 'listing' });
      const page = await source.contactsPage(state.listingNext, signal);
      const partners = [...state.partners];
      const pending = [...state.pending];
      const listed = new Set(partners.map((p) => p.id));
      const holders = { ...state.numberHolders };
      for (const c of page.contacts) {
        if (!isPartner(c, marker) || listed.has(c.id)) continue;
        known.set(c.id, c);
        listed.add(c.id);
        partners.push({ id: c.id, updatedAt: c.updated_at });
        if (state.cards[String(c.id)]?.updatedAt !== c.updated_at) pending.push(c.id);
        for (const e164 of numbersOf(c)) holders[e164] = [...(holders[e164] ?? []), c.id];
      }
      commit({
        ...state,
        partners,
        pending,
        numberHolders: holders,
        contactsSeen: state.contactsSeen + page.contacts.length,
        listingNext: page.next,
      });
    }

    // Cards that are no longer partners (tag removed, contact deleted) leave the queue; only shared
    // numbers are kept from the holders' index.
    const listed = new Set(state.partners.map((p) => String(p.id)));
    const cards = Object.fromEntries(Object.entries(state.cards).filter(([id]) => listed.has(id)));
    const numberHolders = Object.fromEntries(Object.entries(state.numberHolders).filter(([, ids]) => new Set(ids).size > 1));
    commit({ ...state, status: 'checking', cards, numberHolders });

    // While the engine weighs one batch, the next one is already being read: the reads wait on the
    // network and the rate limit, the engine on the CPU. Batches are still committed in order.
    const maxCards = options.maxBatchCards ?? 100;
    const read = async (pending: number[]): Promise<BatchRead> => {
      const ids = await takeBatch(pending, maxCards, known, source, signal);
      return { ids, evidence: await readBatch(ids, known, fields, state.numberHolders, source, signal) };
    };
    let next: Promise<BatchRead> | null = state.pending.length > 0 ? read(state.pending) : null;
    while (next) {
      const batch: BatchRead = await next;
      const done = new Set(batch.ids);
      const rest = state.pending.filter((id) => !done.has(id));
      next = rest.length > 0 ? read(rest) : null;
      // Observed here so a failure while this batch is weighed is not "unhandled"; awaited above next time.
      next?.catch(() => undefined);
      const nextCards = { ...state.cards };
      for (const evidence of batch.evidence) nextCards[String(evidence.partner.id)] = options.evaluate(evidence);
      commit({ ...state, cards: nextCards, pending: rest });
    }

    const all = Object.values(state.cards);
    const at = now();
    commit({
      ...state,
      status: 'done',
      finishedAt: at,
      history: [...state.history, { at, left: all.filter(needsWork).length, total: all.length }].slice(-30),
    });
  } catch (error) {
    if (signal?.aborted) commit({ ...state, status: 'cancelled' });
    else if (isAmoApiError(error) && error.kind === 'session-lost') commit({ ...state, status: 'paused-session' });
    else commit({ ...state, status: 'failed', lastError: isAmoApiError(error) ? error.kind : 'unknown' });
  }
  return state;
}
