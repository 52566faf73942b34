import { describe, expect, it } from 'vitest';
import type { CardFinding } from '../../src/queue/scan/cardFinding';
import { createQueueStore, emptyQueueState, type QueueState } from '../../src/queue/scan/queueStore';
import { memoryStorage } from './memoryStorage';

const card: CardFinding = {
  contactId: 24000101,
  name: 'Кузнецов Сергей прораб',
  updatedAt: 1736948530,
  checkedAt: 1760000000,
  phoneFieldId: 501101,
  missingFields: ['birthday'],
  numbers: [
    { phoneKey: '+79211234567', display: '+7 921 123-45-67', owner: 'partner', confidence: 'high', dealIds: [] },
    {
      phoneKey: '+79313809090',
      display: '+7 931 380-90-90',
      owner: 'client',
      confidence: 'high',
      enumCode: 'OTHER',
      dealIds: [31500101],
      targetName: 'Марина Загребская',
      targetNameSource: 'client-base',
    },
    {
      phoneKey: '+79052223344',
      display: '+7 905 222-33-44',
      owner: 'unknown',
      confidence: 'low',
      dealIds: [31500102],
      existingContactId: 24000104,
    },
  ],
};

describe('the stored queue', () => {
  it('gives back on the next visit exactly the findings and progress it was given', () => {
    const storage = memoryStorage();
    const store = createQueueStore(storage, 'k');
    const state: QueueState = {
      ...emptyQueueState(1),
      status: 'checking',
      listingNext: null,
      partners: [
        { id: 24000101, updatedAt: 1736948530 },
        { id: 24000103, updatedAt: 5 },
      ],
      pending: [24000103],
      cards: { '24000101': card },
      history: [{ at: 1, left: 3, total: 7 }],
    };
    store.save(state);
    expect(store.load()).toEqual(state);
    // Compact on disk: no repeated key names for every number.
    expect(storage.data.get('k')).not.toContain('"phoneKey"');
  });

  it('drops a record of an older version or a damaged one instead of trusting it', () => {
    const storage = memoryStorage();
    const store = createQueueStore(storage, 'k');
    storage.setItem('k', JSON.stringify({ ...emptyQueueState(1), version: 1, cards: {} }));
    expect(store.load()).toBeNull();
    store.save({ ...emptyQueueState(1), cards: { '24000101': card } });
    storage.setItem('k', (storage.getItem('k') ?? '').replace('"c","h"', '"x","h"'));
    expect(store.load()).toBeNull();
    storage.setItem('k', '{not json');
    expect(store.load()).toBeNull();
  });
});
