// Issue 11, scenario 15: the panel and the queue build a move request with one builder: the same
// phone type, the same name for a client nobody named, the number with its extension, the notes.
import { describe, expect, test } from 'vitest';
import { readCardPhones } from '../../../src/domain/phones/cardPhones';
import { moveRequestsFor } from '../../../src/queue/bulk/bulkMove';
import { moveTexts } from '../../../src/queue/ui/moveTexts';
import type { CardFinding } from '../../../src/queue/scan/cardFinding';
import { buildMoveRequest } from '../../../src/ui/moveRequest';
import { testHost } from '../../ui/testHost';
import { moveWorld } from './moveWorld';

const P = 24100001;
const KEY = '+78125551234;ext=12';

describe('scenario 15: one move builder for the panel and the queue', () => {
  test('a landline with an extension, stored as WORK, and no client name: both sides ask for the same move', async () => {
    const w = await moveWorld([{ id: P, name: 'Кузнецов', phones: ['+7 812 555-12-34 доб. 12', '8 921 111-22-33'], enumCode: 'WORK' }]);
    const partner = (await w.tab().getContact(P))!;
    const { phones } = readCardPhones(partner);
    const phone = phones.find((p) => p.key === KEY)!;
    const host = testHost({ apiBase: w.sb.url, partnerId: P });
    const fromPanel = buildMoveRequest(host, partner, phones, { phone, target: { kind: 'new', name: '  ' }, dealIds: [] }, undefined);
    const card: CardFinding = {
      contactId: P,
      name: partner.name,
      updatedAt: partner.updated_at,
      checkedAt: partner.updated_at,
      // The queue keeps the display without «доб.»: the builder must not depend on it.
      numbers: phones.map((p) => ({
        phoneKey: p.key,
        display: p.phone.display,
        owner: p.key === KEY ? 'client' : 'partner',
        confidence: 'high',
        enumCode: 'WORK',
        dealIds: [],
      })),
      missingFields: [],
    };
    const [fromQueue] = moveRequestsFor(card, moveTexts(host));
    for (const request of [fromPanel, fromQueue!]) {
      expect(request.phoneValue).toBe('+7 812 555-12-34 доб. 12');
      expect(request.enumCode).toBe('WORK');
      expect(request.target).toEqual({ kind: 'new', name: 'Клиент +7 812 555-12-34 доб. 12' });
      expect(request.notes.client).toContain('+7 812 555-12-34 доб. 12');
      expect(request.notes.typedAs).toBe('Записано у прораба так:');
    }
    expect(fromQueue!.partnerSeen).toEqual(fromPanel.partnerSeen);
  });
});
