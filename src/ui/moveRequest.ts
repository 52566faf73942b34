// Turns the manager's choice in the form into a move request, with the audit notes written in
// the manager's language and the card as the manager saw it (to detect another manager's edit).
import type { Host } from '../host';
import type { Contact } from '../api/schemas';
import type { MoveRequest } from '../api/moves/types';
import type { CardPhone, OwnerVerdict } from '../domain/types';
import type { MoveChoice } from './MoveForm';
import { shortWhy } from './reasonText';
import { phoneText } from './phoneText';

export function buildMoveRequest(host: Host, partner: Contact, phones: CardPhone[], choice: MoveChoice, verdict: OwnerVerdict | undefined): MoveRequest {
  const number = phoneText(choice.phone);
  const client = choice.target.name || host.t('panel.move.existing_contact');
  const why = verdict ? shortWhy(host, verdict) : host.t('panel.note.by_hand');
  const vars = { number, partner: partner.name, client, why };
  return {
    partnerId: partner.id,
    phoneKey: choice.phone.key,
    phoneValue: number,
    enumCode: choice.phone.phone.kind === 'landline' ? 'WORK' : 'MOB',
    target: choice.target.kind === 'new' ? { kind: 'new', name: choice.target.name } : { kind: 'existing', contactId: choice.target.contactId, name: choice.target.name },
    dealIds: choice.dealIds,
    partnerSeen: { updatedAt: partner.updated_at, numberKeys: phones.map((p) => p.key) },
    notes: {
      client: host.t('panel.note.client', vars),
      partner: host.t('panel.note.partner', vars),
      undoClient: host.t('panel.note.undo_client', vars),
      undoPartner: host.t('panel.note.undo_partner', vars),
    },
  };
}

/** "Move all" takes only confident client numbers with somewhere to go (a name or a contact). */
export function confidentClientMoves(host: Host, partner: Contact, phones: CardPhone[], verdicts: OwnerVerdict[]): MoveRequest[] {
  return verdicts.flatMap((v) => {
    const phone = phones.find((p) => p.key === v.phoneKey);
    const s = v.suggestion;
    if (!phone || v.owner !== 'client' || v.confidence !== 'high' || !s) return [];
    const target: MoveChoice['target'] =
      s.existingContactId !== undefined ? { kind: 'existing', contactId: s.existingContactId, name: s.name } : { kind: 'new', name: s.name.trim() };
    if (target.kind === 'new' && target.name === '') return [];
    return [buildMoveRequest(host, partner, phones, { phone, target, dealIds: s.dealIds }, v)];
  });
}
