// Turns the manager's choice in the form into a move request (built by the one builder the queue
// uses too), with the audit notes in the manager's language and the card as the manager saw it.
import type { Host } from '../host';
import type { Contact } from '../api/schemas';
import type { MoveRequest } from '../api/moves/types';
import { buildMoveRequest as buildRequest } from '../api/moves/buildMoveRequest';
import type { CardPhone, OwnerVerdict } from '../domain/types';
import type { MoveChoice } from './MoveForm';
import { shortWhy } from './reasonText';

export function buildMoveRequest(
  host: Host,
  partner: Contact,
  phones: CardPhone[],
  choice: MoveChoice,
  verdict: OwnerVerdict | undefined,
): MoveRequest {
  const why = verdict ? shortWhy(host, verdict) : host.t('panel.note.by_hand');
  const enumCode = choice.phone.sources.find((s) => s.enumCode)?.enumCode;
  return buildRequest({
    partner: { id: partner.id, name: partner.name, updatedAt: partner.updated_at, numberKeys: phones.map((p) => p.key) },
    number: { key: choice.phone.key, ...(enumCode ? { enumCode } : {}) },
    target: choice.target,
    dealIds: choice.dealIds,
    words: {
      notes: (vars) => ({
        client: host.t('panel.note.client', { ...vars, why }),
        partner: host.t('panel.note.partner', { ...vars, why }),
        undoClient: host.t('panel.note.undo_client', { ...vars, why }),
        undoPartner: host.t('panel.note.undo_partner', { ...vars, why }),
      }),
      unnamedClient: (phone) => host.t('queue.bulk.unnamed_client', { phone }),
      existingContact: host.t('panel.move.existing_contact'),
      typedAs: host.t('panel.note.typed_as'),
    },
  });
}

/** "Move all" takes only confident client numbers with somewhere to go (a name or a contact). */
export function confidentClientMoves(host: Host, partner: Contact, phones: CardPhone[], verdicts: OwnerVerdict[]): MoveRequest[] {
  return verdicts.flatMap((v) => {
    const phone = phones.find((p) => p.key === v.phoneKey);
    const s = v.suggestion;
    if (!phone || v.owner !== 'client' || v.confidence !== 'high' || !s) return [];
    const target: MoveChoice['target'] =
      s.existingContactId !== undefined
        ? { kind: 'existing', contactId: s.existingContactId, name: s.name }
        : { kind: 'new', name: s.name.trim() };
    if (target.kind === 'new' && target.name === '') return [];
    return [buildMoveRequest(host, partner, phones, { phone, target, dealIds: s.dealIds }, v)];
  });
}
