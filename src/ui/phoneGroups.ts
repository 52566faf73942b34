// How a long card stays short: the numbers grouped by what the manager does with them (move to
// clients, check, leave with the foreman), and a number with an extension kept beside its plain
// form. Plain selection over the card and the verdicts, no I/O.
import type { CardPhone, OwnerVerdict, PhoneOwner } from '../domain/types';

export type PhoneGroupId = 'client' | 'check' | 'partner';

export interface GroupedPhone {
  phone: CardPhone;
  /** The same number without the extension, shown just above: this row is its extension. */
  extOf?: CardPhone;
}

export interface PhoneGroup {
  id: PhoneGroupId;
  rows: GroupedPhone[];
}

const GROUP_OF: Record<PhoneOwner, PhoneGroupId> = { client: 'client', unknown: 'check', partner: 'partner' };
const ORDER: PhoneGroupId[] = ['client', 'check', 'partner'];

/**
 * The card's numbers in groups, in the card's order within each. A number and its extensions are
 * one cluster, placed in the group of its member that needs the most attention (a client's
 * extension of the foreman's office line is not folded away with the foreman's numbers).
 */
export function groupPhones(phones: CardPhone[], verdicts: OwnerVerdict[]): PhoneGroup[] {
  const ownerOf = new Map(verdicts.map((v) => [v.phoneKey, v.owner]));
  const clusters = new Map<string, CardPhone[]>();
  for (const phone of phones) clusters.set(phone.phone.e164, [...(clusters.get(phone.phone.e164) ?? []), phone]);
  const groups = new Map<PhoneGroupId, GroupedPhone[]>(ORDER.map((id) => [id, []]));
  for (const members of clusters.values()) {
    // A number with no verdict yet (just added by someone else) is one to check.
    const group = ORDER[Math.min(...members.map((p) => ORDER.indexOf(GROUP_OF[ownerOf.get(p.key) ?? 'unknown'])))] ?? 'check';
    const plain = members.find((p) => !p.phone.ext);
    const ordered = plain ? [plain, ...members.filter((p) => p !== plain)] : members;
    groups.get(group)?.push(...ordered.map((phone) => (plain && phone !== plain ? { phone, extOf: plain } : { phone })));
  }
  return ORDER.map((id) => ({ id, rows: groups.get(id) ?? [] })).filter((g) => g.rows.length > 0);
}
