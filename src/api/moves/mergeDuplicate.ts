// Merges the values that hold the same number into one, from a fresh read of the card: the
// most complete value (extension, note) is kept, so nothing typed beside a number is lost.
import { phoneListPatch } from '../client';
import { readCardPhones } from '../../domain/phones/cardPhones';
import type { MoveApi } from './moveApi';
import { MoveCheckError } from './moveErrors';

export async function mergeDuplicate(api: Pick<MoveApi, 'getContact' | 'patchContact'>, partnerId: number, e164: string): Promise<void> {
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  const { readings, duplicates } = readCardPhones(fresh);
  const duplicate = duplicates.find((d) => d.e164 === e164);
  if (!duplicate || duplicate.conflicting) return; // merged already, or needs a person to choose
  const kept = readings.find((r) => r.index === duplicate.keepIndex);
  const group = new Set(duplicate.indexes);
  const write = phoneListPatch(fresh, {
    remove: (_item, i) => group.has(i),
    add: [kept?.enumCode ? { value: duplicate.mergedValue, enum_code: kept.enumCode } : { value: duplicate.mergedValue }],
  });
  await api.patchContact(partnerId, { custom_fields_values: [write] });
}
