// The words a bulk move writes into amoCRM (audit notes, a fallback client name), in the manager's language.
import type { Host } from '../../host';
import type { MoveTexts } from '../bulk/bulkMove';

export function moveTexts(host: Host): MoveTexts {
  const { t } = host;
  return {
    unnamedClient: (n) => t('queue.bulk.unnamed_client', { phone: n.display }),
    notes: (card, n, name) => ({
      client: t('queue.bulk.note_client', { phone: n.display, partner: card.name }),
      partner: t('queue.bulk.note_partner', { phone: n.display, client: name }),
      undoClient: t('queue.bulk.note_undo_client', { phone: n.display, partner: card.name }),
      undoPartner: t('queue.bulk.note_undo_partner', { phone: n.display }),
    }),
  };
}
