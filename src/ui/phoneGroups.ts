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

export type PanelGroupId = PhoneGroupId | 'incomplete';

/** One line of the card's single list: a group's heading, a number, or an incomplete number. */
export type PanelItem<I> =
  | { kind: 'heading'; group: PanelGroupId; count: number; keys: string[] }
  | { kind: 'phone'; group?: PanelGroupId; row: GroupedPhone }
  | { kind: 'incomplete'; group: PanelGroupId; phone: I };

/**
 * The card as one list: rows keep their place in the DOM when the owners arrive or change (an
 * open form or «Почему так» stays open), with a heading before each group once owners are known.
 * Incomplete numbers come before the foreman's (folded) ones: they need the manager's hand.
 */
export function panelItems<I extends { key: string }>(
  phones: CardPhone[],
  verdicts: OwnerVerdict[] | undefined,
  incomplete: I[],
): Array<PanelItem<I>> {
  const items: Array<PanelItem<I>> = [];
  const incompleteItems = (): Array<PanelItem<I>> =>
    incomplete.length === 0
      ? []
      : [
          { kind: 'heading', group: 'incomplete', count: incomplete.length, keys: incomplete.map((p) => p.key) },
          ...incomplete.map((phone) => ({ kind: 'incomplete' as const, group: 'incomplete' as const, phone })),
        ];
  if (!verdicts) return [...phones.map((phone) => ({ kind: 'phone' as const, row: { phone } })), ...incompleteItems()];
  for (const g of groupPhones(phones, verdicts)) {
    if (g.id === 'partner') items.push(...incompleteItems());
    items.push({ kind: 'heading', group: g.id, count: g.rows.length, keys: g.rows.map((r) => r.phone.key) });
    items.push(...g.rows.map((row) => ({ kind: 'phone' as const, group: g.id, row })));
  }
  if (!items.some((i) => i.kind === 'incomplete')) items.push(...incompleteItems());
  return items;
}
