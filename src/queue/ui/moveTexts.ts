// The words a bulk move writes into amoCRM (audit notes, a fallback client name), in the manager's language.
import type { Host } from '../../host';
import type { MoveTexts } from '../bulk/bulkMove';

export function moveTexts(host: Host): MoveTexts {
  const { t } = host;
  return {
    unnamedClient: (phone) => t('queue.bulk.unnamed_client', { phone }),
    existingContact: t('panel.move.existing_contact'),
    typedAs: t('panel.note.typed_as'),
    notes: (card, { number, client }) => ({
      client: t('queue.bulk.note_client', { phone: number, partner: card.name }),
      partner: t('queue.bulk.note_partner', { phone: number, client }),
      undoClient: t('queue.bulk.note_undo_client', { phone: number, partner: card.name }),
      undoPartner: t('queue.bulk.note_undo_partner', { phone: number }),
    }),
  };
}
