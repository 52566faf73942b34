// "Move all" for the cards whose every client number the engine is sure about. Each number goes
// through the panel's own move orchestration (src/api/moves), one card after another, through
// the shared client's scheduler; the dry run feeds the same orchestration a recording transport.
import { createAmoClient, isAmoApiError, type AmoClient } from '../../api/client';
import type { FetchLike, HttpOptions } from '../../api/client';
import { startMoveAll, stoppedBy } from '../../api/moves/moveActions';
import type { MoveEntry } from '../../api/moves/moveStore';
import { moveNumberToContact, newMoveState } from '../../api/moves/moveNumberToContact';
import type { MoveRequest, MoveStep } from '../../api/moves/types';
import { buildMoveRequest, type NoteVars } from '../../api/moves/buildMoveRequest';
import { clientNumbers, isBulkReady, type CardFinding } from '../scan/cardFinding';
import { createDryRunFetch, type PlannedWrite } from './dryRunFetch';

export interface MoveTexts {
  /** Audit notes in the manager's language. */
  notes(card: CardFinding, number: NoteVars): MoveRequest['notes'];
  /** Name of a new client contact when the engine found none. */
  unnamedClient(number: string): string;
  existingContact: string;
  typedAs?: string;
}

/** One move per client number of a bulk-ready card; nothing for a card with an unsure verdict. */
export function moveRequestsFor(card: CardFinding, texts: MoveTexts): MoveRequest[] {
  if (!isBulkReady(card)) return [];
  const numberKeys = card.numbers.map((n) => n.phoneKey);
  return clientNumbers(card).map((n) =>
    buildMoveRequest({
      partner: { id: card.contactId, name: card.name, updatedAt: card.updatedAt, numberKeys },
      number: { key: n.phoneKey, ...(n.enumCode ? { enumCode: n.enumCode } : {}) },
      target:
        n.existingContactId !== undefined
          ? { kind: 'existing', contactId: n.existingContactId, ...(n.targetName ? { name: n.targetName } : {}) }
          : { kind: 'new', name: n.targetName ?? '' },
      dealIds: n.dealIds,
      words: { ...texts, notes: (vars) => texts.notes(card, vars) },
    }),
  );
}

export interface CardDryRun {
  partnerId: number;
  writes: PlannedWrite[];
  /** The move step that could not be simulated (e.g. the partner changed meanwhile). */
  failedStep?: MoveStep;
}

/** Runs every move of every card against live reads and recorded writes; nothing is sent. */
export async function dryRunBulkMove(
  cards: CardFinding[],
  texts: MoveTexts,
  transport: Pick<HttpOptions, 'baseUrl' | 'scheduler' | 'headers'> & { fetch?: FetchLike },
): Promise<CardDryRun[]> {
  const results: CardDryRun[] = [];
  for (const card of cards) {
    const dry = createDryRunFetch(transport.fetch ?? ((input, init) => fetch(input, init)));
    const client = createAmoClient({ ...transport, fetch: dry.fetch });
    let failedStep: MoveStep | undefined;
    for (const request of moveRequestsFor(card, texts)) {
      const outcome = await moveNumberToContact(client, newMoveState(request));
      if (outcome.status === 'failed') {
        // amoCRM itself failed (a lost session, a refusal): the whole run stops and says why.
        if (isAmoApiError(outcome.error)) throw outcome.error;
        failedStep = outcome.step;
        break;
      }
    }
    results.push({ partnerId: card.contactId, writes: dry.writes, ...(failedStep ? { failedStep } : {}) });
  }
  return results;
}

export interface CardMoveResult {
  partnerId: number;
  entries: MoveEntry[];
  /** The id "undo" takes back together (all numbers moved from this card in this run). */
  batchId?: string;
}

/** Moves card after card; each card's numbers form one batch that one undo takes back. */
export async function runBulkMove(
  client: AmoClient,
  cards: CardFinding[],
  texts: MoveTexts,
  onCard?: (result: CardMoveResult) => void,
): Promise<CardMoveResult[]> {
  const results: CardMoveResult[] = [];
  for (const card of cards) {
    const entries = await startMoveAll(client, moveRequestsFor(card, texts));
    const batchId = entries.find((e) => e.batchId)?.batchId;
    const result = { partnerId: card.contactId, entries, ...(batchId ? { batchId } : {}) };
    results.push(result);
    onCard?.(result);
    // Without a session, under a 403 block or after a 429 the transport gave up on, every further
    // card would fail the same way (or prolong the block): stop and say why.
    const stop = stoppedBy(entries);
    if (stop) throw stop.error;
  }
  return results;
}
