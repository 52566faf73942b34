// Merges the values that hold the same number into one, from a fresh read of the card. Only that
// number is merged: the most complete value keeps it, the other values lose just that number
// (their other numbers and words stay in place), and words typed beside the dropped copies join
// the kept value, so nothing typed is lost.
import { readCardPhones, phoneKey } from '../../domain/phones/cardPhones';
import { takeNumber, wordsBeside } from '../../domain/phones/valueText';
import type { MoveApi } from './moveApi';
import { MoveCheckError } from './moveErrors';
import { editPhoneValues } from './phoneValues';
import { withPhoneListLock } from '../client/numberLock';

type MergeApi = Pick<MoveApi, 'getContact' | 'patchContact'>;

/** Under the partner's list lock: a move in another tab rewrites the same list (see numberLock.ts). */
export function mergeDuplicate(api: MergeApi, partnerId: number, e164: string): Promise<void> {
  return withPhoneListLock(partnerId, () => mergeOnFreshRead(api, partnerId, e164));
}

async function mergeOnFreshRead(api: MergeApi, partnerId: number, e164: string): Promise<void> {
  const fresh = await api.getContact(partnerId);
  if (!fresh) throw new MoveCheckError('partner-gone');
  const { readings, duplicates } = readCardPhones(fresh);
  const duplicate = duplicates.find((d) => d.e164 === e164);
  if (!duplicate || duplicate.conflicting) return; // merged already, or needs a person to choose
  const kept = readings.find((r) => r.index === duplicate.keepIndex);
  if (!kept) return;
  const edits = new Map<number, string | null>();
  const words: string[] = [];
  for (const reading of readings) {
    if (reading.index === kept.index || !duplicate.indexes.includes(reading.index)) continue;
    let rest: string | null = reading.raw;
    for (const key of new Set(reading.numbers.filter((p) => p.e164 === e164).map((p) => phoneKey(p.e164, p.ext)))) {
      const cut: ReturnType<typeof takeNumber> = rest === null ? null : takeNumber(rest, key);
      if (!cut) continue;
      rest = cut.remaining;
      const said = wordsBeside(cut.taken, key);
      if (said && !kept.raw.includes(said) && !words.includes(said)) words.push(said);
    }
    edits.set(reading.index, rest);
  }
  if (words.length > 0) edits.set(kept.index, [kept.raw.trim(), ...words].join(', '));
  const write = editPhoneValues(fresh, (_raw, i) => edits.get(i));
  await api.patchContact(partnerId, { custom_fields_values: [write] });
}
