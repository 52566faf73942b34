// Move requests as the panel and the queue build them, through the one builder, in Russian.
import { buildMoveRequest } from '../../../src/api/moves/buildMoveRequest';
import type { MoveRequest, MoveTarget } from '../../../src/api/moves/types';
import { numberKeysOf } from '../../../src/api/moves/phoneValues';
import type { AmoClient } from '../../../src/api/client';

export const WORDS = {
  notes: ({ number, partner, client }: { number: string; partner: string; client: string }) => ({
    client: `Номер ${number} перенесён с карточки «${partner}».`,
    partner: `Номер ${number} перенесён в контакт «${client}».`,
    undoClient: `Перенос ${number} отменён.`,
    undoPartner: `Перенос ${number} отменён, номер возвращён.`,
  }),
  unnamedClient: (n: string) => `Клиент ${n}`,
  existingContact: 'существующий контакт',
  typedAs: 'Записано у прораба так:',
};

/** The request a panel builds from a fresh read of the partner (what the manager sees now). */
export async function requestFor(
  client: AmoClient,
  partnerId: number,
  key: string,
  target: MoveTarget = { kind: 'new', name: 'Соколова Марина' },
  dealIds: number[] = [],
): Promise<MoveRequest> {
  const partner = await client.getContact(partnerId);
  if (!partner) throw new Error(`no partner ${partnerId}`);
  return buildMoveRequest({
    partner: { id: partner.id, name: partner.name, updatedAt: partner.updated_at, numberKeys: numberKeysOf(partner) },
    number: { key },
    target,
    dealIds,
    words: WORDS,
  });
}
